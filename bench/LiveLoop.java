// The live preview's loop, measured: run by bench/live-loop with the packaged charterkit.jar on the class path
// (java's single-file launch). It prints figures only.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.charterkit.build.BuildRequest;
import org.charterkit.serve.LivePreview;
import org.charterkit.serve.LiveReload;
import org.charterkit.serve.SiteServer;

public class LiveLoop {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        String area = args[1];
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path charter = project.resolve("charters").resolve(area).resolve("charter.md");
        String original = Files.readString(charter);
        // A new version number, so that changed words are not a released version's (an error, rightly).
        String base = original.replaceFirst("version: \"?[0-9.]+\"?", "version: \"99.1\"");
        LiveReload reload = new LiveReload();
        List<Long> renders = Collections.synchronizedList(new ArrayList<>());
        List<Long> cpu = Collections.synchronizedList(new ArrayList<>());
        List<Integer> changedCounts = Collections.synchronizedList(new ArrayList<>());
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, project.resolve("unused"))
                .printing(false), "bench", reload, report -> {
                    if (!report.edited().isEmpty()) {
                        renders.add(report.took().toNanos());
                        cpu.add(report.cpu().toNanos());
                        changedCounts.add(report.changed().size());
                    }
                    if (!report.result().succeeded()) {
                        System.err.println(report.result().diagnostics());
                    }
                });
                SiteServer server = SiteServer.start(preview, Optional.of(reload), "127.0.0.1", 0,
                        SiteServer.READ_TIMEOUT)) {
            long first = System.nanoTime();
            LivePreview.Report start = preview.start();
            System.out.printf("first render (cold JVM): %d pages in %d ms%n", start.result().pages(),
                    (System.nanoTime() - first) / 1_000_000);
            HttpClient client = HttpClient.newHttpClient();
            LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
            client.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "_charterkit/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                    .filter(l -> l.startsWith("data:")).forEach(events::add));
            while (reload.listeners() == 0) {
                Thread.sleep(5);
            }
            String page = area + "/charter/index.html";
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < warmups + runs; i++) {
                String words = "An edit made by the benchmark, number " + i + ".";
                events.clear();
                Thread.sleep(150);
                long saved = System.nanoTime();
                Files.writeString(charter, base + "\n\n" + words + "\n");
                // As the browser does: the event that names its page, then the page again.
                while (true) {
                    String event = events.poll(120, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new AssertionError("no reload event within 120 s");
                    }
                    if (event.contains(page) || event.contains("\"*\"")) {
                        break;
                    }
                }
                String body = client.send(HttpRequest.newBuilder(URI.create(server.url() + area + "/charter/"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                long reloaded = System.nanoTime();
                if (!body.contains(words)) {
                    throw new AssertionError("the reloaded page lacks the edit " + i);
                }
                if (i >= warmups) {
                    latencies.add(reloaded - saved);
                }
            }
            List<Long> measuredRenders = renders.subList(renders.size() - runs, renders.size());
            System.out.printf("save to reloaded page, HTML only: median %.0f ms (min %.0f, max %.0f) over %d saves"
                    + " after %d warm-up saves%n", median(latencies), min(latencies), max(latencies), runs, warmups);
            System.out.printf("re-render after one charter's save (warm JVM): median %.0f ms (min %.0f, max %.0f);"
                    + " files changed per save: %s%n", median(measuredRenders), min(measuredRenders),
                    max(measuredRenders), changedCounts.subList(changedCounts.size() - 1, changedCounts.size()));
            List<Long> measuredCpu = cpu.subList(cpu.size() - runs, cpu.size());
            System.out.printf("processor time of that render (the whole process, every thread): median %.0f ms (min %.0f, max %.0f)%n",
                    median(measuredCpu), min(measuredCpu), max(measuredCpu));
        } finally {
            Files.writeString(charter, original);
        }
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return mid / 1e6;
    }

    static double min(List<Long> nanos) {
        return Collections.min(nanos) / 1e6;
    }

    static double max(List<Long> nanos) {
        return Collections.max(nanos) / 1e6;
    }
}
