package org.charterkit.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Work done on several threads is gathered in the items' order, never in the order it finished: the first item
 * is held back until every other one is done, and still comes first, with what it found.
 */
class InOrderTest {

    @Test
    void resultsAndDiagnosticsComeInTheItemsOrderWhicheverFinishedFirst() {
        List<Integer> items = IntStream.range(0, 12).boxed().toList();
        CountDownLatch othersDone = new CountDownLatch(items.size() - 1);
        Diagnostics out = new Diagnostics();
        List<String> finished = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<String> results = InOrder.map(items, 3, (item, found) -> {
            if (item == 0) {
                await(othersDone);
            }
            // Two diagnostics that sort as equals but for their hints: only the order they were added orders them.
            found.warning(Location.of("charters/same.md"), "the same place", "hint of item " + item);
            finished.add("item " + item);
            if (item != 0) {
                othersDone.countDown();
            }
            return "item " + item;
        }, out);
        assertEquals("item 0", finished.get(finished.size() - 1), "the first item finished last");
        assertEquals(items.stream().map(i -> "item " + i).toList(), results);
        assertEquals(items.stream().map(i -> "hint of item " + i).toList(),
                out.sorted().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void oneThreadDoesTheWorkOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = InOrder.map(List.of(1, 2, 3), 1, (item, found) -> Thread.currentThread() == caller,
                new Diagnostics());
        assertEquals(List.of(true, true, true), onCaller);
        List<Boolean> onPool = InOrder.map(List.of(1, 2, 3), 2, (item, found) -> Thread.currentThread() == caller,
                new Diagnostics());
        assertEquals(List.of(false, false, false), onPool);
    }

    @Test
    void aFaultOnAnotherThreadIsThrownAsItWas() {
        Fault fault = assertThrows(Fault.class, () -> InOrder.map(List.of("a.md", "b.md", "c.md"), 2, (file, found) -> {
            if (file.equals("b.md")) {
                return Fault.guard("reading", file, () -> {
                    throw new IllegalStateException("broken");
                });
            }
            return file;
        }, new Diagnostics()));
        assertEquals("b.md", fault.file());
        assertTrue(fault.getCause() instanceof IllegalStateException);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(60, TimeUnit.SECONDS), "the other items finished");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
