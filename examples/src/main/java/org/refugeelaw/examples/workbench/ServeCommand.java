package org.refugeelaw.examples.workbench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.refugeelaw.examples.ScenarioException;
import org.refugeelaw.examples.ScenarioRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serve}: the trainers' workbench in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the trainers' workbench: a web page to open the scenarios, change facts and see what"
                + " follows, compare frames, and run training rounds. It prints the address to open; stop it with"
                + " Ctrl-C.",
                "It listens on 127.0.0.1 (this computer only) unless --host says otherwise; on any other interface"
                        + " it requires the access token it prints. Cases stay in the browser or in the files you"
                        + " download; training scores are kept in memory until it stops."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "examples/scenarios",
            description = "Folder of scenario files (.yaml). Default: ${DEFAULT-VALUE}")
    Path folder;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on, e.g. 0.0.0.0 for a classroom network (then an access token is"
                    + " required). Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--token", description = "Require an access token even on 127.0.0.1 (always required on any"
            + " other interface).")
    boolean token;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            throw new ScenarioException(folder + ": not a folder of scenario files.");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535.");
        }
        String accessToken = token || !Workbench.isLoopback(host) ? Workbench.newToken() : null;
        Workbench wb = new Workbench(new Workbench.Options(host, port, folder, accessToken), new ScenarioRunner())
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wb.close();
            stopped.countDown();
        }, "workbench-stop"));
        out.println("Workbench: open " + wb.url());
        if (wb.url().contains("://0.0.0.0:") || wb.url().contains("://[::]:")) {
            out.println("(0.0.0.0 means every interface: on the class's computers, replace it with this computer's"
                    + " network address.)");
        }
        if (accessToken != null) {
            out.println("Access token: " + accessToken + " (give the address above to the class; anyone who has it"
                    + " can use this workbench)");
        }
        out.println("Stop it with Ctrl-C.");
        out.flush();
        stopped.await();
        return 0;
    }
}
