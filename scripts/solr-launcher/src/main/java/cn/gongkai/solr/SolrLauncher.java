package cn.gongkai.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs Apache Solr (standalone, one node) over HTTP for scripts/ckan-dev.
 *
 * <pre>java -cp launcher.jar:$(cat classpath.txt) cn.gongkai.solr.SolrLauncher --home DIR --port N</pre>
 *
 * DIR is a Solr home that ckan-dev prepares: solr.xml and one folder per core (core.properties,
 * conf/schema.xml, conf/solrconfig.xml, data/). Solr answers at http://127.0.0.1:N/solr (the
 * test framework's JettySolrRunner binds to the loopback interface only). SIGTERM stops Jetty
 * and closes the cores, which commits what is pending, so a warm restart finds the index.
 */
public final class SolrLauncher {

    private SolrLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String home = null;
        int port = -1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + arg);
            }
            switch (arg) {
                case "--home":
                    home = args[++i];
                    break;
                case "--port":
                    port = parsePort(args[++i]);
                    break;
                default:
                    usage("unknown argument " + arg);
            }
        }
        if (home == null || port < 0) {
            usage("--home and --port are required");
        }
        Path solrHome = Paths.get(home).toAbsolutePath().normalize();
        if (!Files.isRegularFile(solrHome.resolve("solr.xml"))) {
            usage("no solr.xml in " + solrHome);
        }
        JettyConfig config = JettyConfig.builder()
                .setPort(port)
                .setContext("/solr")
                // Jetty's own shutdown hook: SIGTERM stops the server and closes the cores
                .stopAtShutdown(true)
                .build();
        JettySolrRunner runner = new JettySolrRunner(solrHome.toString(), config);
        runner.start();
        System.out.println("solr-launcher: Solr " + org.apache.solr.client.api.util.SolrVersion.LATEST
                + " answers at " + runner.getBaseUrl() + " (home " + solrHome + ")");
        System.out.flush();
        // JettySolrRunner starts non-daemon threads; the main thread has nothing more to do
        Thread.currentThread().join();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        usage("not a port: " + text);
        return -1;
    }

    private static void usage(String problem) {
        System.err.println("solr-launcher: " + problem);
        System.err.println("usage: SolrLauncher --home SOLR_HOME --port PORT");
        System.exit(2);
    }
}
