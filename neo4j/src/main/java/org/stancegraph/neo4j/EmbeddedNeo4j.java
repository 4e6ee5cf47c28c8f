/*
 * Copyright the stance-graph authors. Licensed GPL-3.0-or-later, because it links against Neo4j
 * Community (GPLv3).
 */
package org.stancegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a Neo4j Community DBMS in this JVM with only Bolt on 127.0.0.1, for src/db/embedded-neo4j.ts.
 *
 * <p>Protocol with the parent: stdout carries exactly one line, {@code READY bolt://127.0.0.1:<port>},
 * once Bolt accepts connections; everything else goes to stderr or to files under the home folder.
 * The JVM exits when its stdin reaches EOF, so a parent that dies (even by SIGKILL) never leaves an
 * orphan holding the port and the store lock. SIGTERM shuts the DBMS down cleanly.
 *
 * <p>Exit codes: 2 bad arguments, 3 store in use by another process, 1 any other start failure.
 */
public final class EmbeddedNeo4j {
  private static final String PASSWORD_ENV = "NEO4J_EMBEDDED_PASSWORD";
  private static final long MIB = 1024L * 1024L;

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    // Keep the real stdout for the READY line only; any library that prints to System.out
    // would otherwise corrupt the protocol.
    PrintStream protocol = System.out;
    System.setOut(System.err);

    Path home = null;
    int port = -1;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if ("--home".equals(args[i]) && value != null) {
        home = Path.of(value).toAbsolutePath();
        i++;
      } else if ("--bolt-port".equals(args[i]) && value != null) {
        try {
          port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          port = -1;
        }
        i++;
      } else {
        fail(2, "unknown argument " + args[i]);
      }
    }
    if (home == null || port < 0 || port > 65535) {
      fail(2, "usage: EmbeddedNeo4j --home <dir> --bolt-port <0..65535>");
    }

    watchStdin();

    String password = System.getenv(PASSWORD_ENV);
    boolean auth = password != null && !password.isBlank();
    DatabaseManagementService service;
    try {
      Files.createDirectories(home);
      service = build(home, port, auth);
    } catch (Throwable error) {
      if (isStoreLocked(error)) {
        fail(3, "the embedded Neo4j store " + home + " is in use by another process");
      }
      error.printStackTrace(System.err);
      fail(1, "could not start Neo4j: " + firstLine(error));
      return;
    }
    DatabaseManagementService started = service;
    Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "neo4j-shutdown"));

    try {
      GraphDatabaseService db = started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(120_000)) {
        fail(1, "database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + " did not become available");
      }
      if (auth) {
        try {
          started
              .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
              .executeTransactionally(
                  "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException error) {
          // A restart on an existing store: the password is already this one.
          if (!isSamePassword(error)) throw error;
        }
      }
      int boltPort =
          ((GraphDatabaseAPI) db)
              .getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT)
              .getPort();
      protocol.println("READY bolt://127.0.0.1:" + boltPort);
      protocol.flush();
    } catch (Throwable error) {
      error.printStackTrace(System.err);
      try {
        // Close the store cleanly so the next start need not recover it.
        started.shutdown();
      } catch (Throwable ignored) {
        // Exiting anyway; the first error is the one to report.
      }
      fail(1, "could not start Neo4j: " + firstLine(error));
    }
  }

  private static DatabaseManagementService build(Path home, int port, boolean auth) {
    return new DatabaseManagementServiceBuilder(home)
        .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 256 * MIB)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Routing opens a second Bolt port (7688) that parallel instances would fight over.
        .setConfig(GraphDatabaseSettings.routing_enabled, false)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 32 * MIB)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
        .build();
  }

  private static final long ORPHAN_SHUTDOWN_MS = 3_000;

  /** A parent that goes away closes our stdin; follow it instead of holding the store. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only EOF matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
              }
              // Nobody waits for us: release the port and the store within a few seconds. A clean
              // shutdown (checkpoint) gets ORPHAN_SHUTDOWN_MS; past that, halt and let the next
              // start recover from the transaction logs, which Neo4j does after any crash.
              Thread deadline =
                  new Thread(
                      () -> {
                        try {
                          Thread.sleep(ORPHAN_SHUTDOWN_MS);
                        } catch (InterruptedException ignored) {
                          // Halting now is as good.
                        }
                        Runtime.getRuntime().halt(0);
                      },
                      "orphan-deadline");
              deadline.setDaemon(true);
              deadline.start();
              System.exit(0);
            },
            "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Classified by exception type along the cause chain, not by message text. */
  private static boolean isStoreLocked(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.neo4j.io.locker.FileLockException
          || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (isStoreLocked(suppressed)) return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = String.valueOf(root.getMessage());
    int newline = message.indexOf('\n');
    return root.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
  }

  private static void fail(int code, String message) {
    System.err.println("ERROR " + message);
    System.err.flush();
    // halt, not exit: a half-started DBMS must not run shutdown hooks that may block on the store.
    Runtime.getRuntime().halt(code);
  }

  private static boolean isSamePassword(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      String message = e.getMessage();
      if (message != null && message.contains("Old password and new password cannot be the same")) return true;
    }
    return false;
  }
}
