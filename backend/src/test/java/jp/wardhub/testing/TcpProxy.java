package jp.wardhub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the application and MariaDB that a test can cut: while it is down, every open connection is
 * reset and every new one is closed at once, as when the database host goes away; when it is up again it relays as
 * before. It is controlled by system properties, so it works whichever class loader started it (test profiles and
 * tests may be loaded by different ones).
 */
public final class TcpProxy {

    public static final String PORT = "wardhub.test.db-proxy.port";
    public static final String DOWN = "wardhub.test.db-proxy.down";

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    }

    /** Starts the proxy once per JVM and returns its port. */
    public static synchronized int start(String targetHost, int targetPort) {
        String running = System.getProperty(PORT);
        if (running != null) {
            return Integer.parseInt(running);
        }
        try {
            TcpProxy proxy = new TcpProxy(targetHost, targetPort);
            daemon("db-proxy-accept", proxy::acceptLoop);
            daemon("db-proxy-watch", proxy::watchLoop);
            System.setProperty(PORT, Integer.toString(proxy.server.getLocalPort()));
            return proxy.server.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cuts every connection and refuses new ones until {@link #restore()}. */
    public static void cut() {
        System.setProperty(DOWN, "true");
    }

    public static void restore() {
        System.setProperty(DOWN, "false");
    }

    private static boolean down() {
        return Boolean.getBoolean(DOWN);
    }

    private void acceptLoop() {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            if (down()) {
                reset(client);
                continue;
            }
            try {
                Socket db = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(db);
                daemon("db-proxy-up", () -> pump(client, db));
                daemon("db-proxy-down", () -> pump(db, client));
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    /** Resets all open connections as soon as the proxy is cut. */
    private void watchLoop() {
        while (true) {
            if (down()) {
                for (Socket s : open) {
                    reset(s);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (down()) {
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed or was reset
        } finally {
            reset(from);
            reset(to);
        }
    }

    private void reset(Socket s) {
        open.remove(s);
        try {
            s.setSoLinger(true, 0); // RST, not an orderly close: the driver fails at once
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }
}
