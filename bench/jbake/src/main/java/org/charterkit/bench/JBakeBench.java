package org.charterkit.bench;

import java.io.File;
import java.util.List;

import org.jbake.app.Oven;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Bakes one JBake 2.7.0 site, as {@code jbake -b SOURCE OUTPUT} would: reads SOURCE/jbake.properties,
 * SOURCE/templates and SOURCE/content, writes OUTPUT. Exits 1 if JBake reports an error.
 */
public final class JBakeBench {

    private JBakeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -jar charterkit-bench-jbake.jar SOURCE OUTPUT");
            System.exit(2);
        }
        // OrientDB logs through java.util.logging: send it to logback (WARN and up, see logback.xml)
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        File source = new File(args[0]).getAbsoluteFile();
        File output = new File(args[1]).getAbsoluteFile();
        JBakeConfiguration config =
                new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, output, true);
        // Oven(Utensils) checks the folders first, as the jbake command does
        Oven oven = new Oven(UtensilsFactory.createDefaultUtensils(config));
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        for (Throwable error : errors) {
            System.err.println("jbake: error: " + error);
        }
        System.exit(errors.isEmpty() ? 0 : 1);
    }
}
