package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void linksAreRelativeToThePageTheyAreOn() {
        Links fromCharter = new Links("warwickshire/charter/index.html");
        assertEquals("../../", fromCharter.to(""));
        assertEquals("../", fromCharter.to("warwickshire/"));
        assertEquals("./", fromCharter.to("warwickshire/charter/"));
        assertEquals("../spectrum/", fromCharter.to("warwickshire/spectrum/"));
        assertEquals("../../assets/charterkit.css", fromCharter.to("assets/charterkit.css"));
        assertEquals("../../se7/", fromCharter.to("se7/"));
        assertEquals("./#communicate", fromCharter.to("warwickshire/charter/", "communicate"));
    }

    @Test
    void linksFromTheHub() {
        Links fromHub = new Links("index.html");
        assertEquals("./", fromHub.to(""));
        assertEquals("warwickshire/", fromHub.to("warwickshire/"));
        assertEquals("assets/charterkit.css", fromHub.to("assets/charterkit.css"));
        assertEquals("warwickshire/charter/#trust", fromHub.to("warwickshire/charter/", "trust"));
    }
}
