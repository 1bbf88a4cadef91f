import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The floor for a command-line start: a picocli hello-world with one option, run as `java -jar hello.jar`. */
@Command(name = "hello", mixinStandardHelpOptions = true, description = "Says hello.")
public class HelloPicocli implements Runnable {

    @Option(names = "--name", description = "Who to greet.")
    String name = "world";

    public static void main(String[] args) {
        System.exit(new CommandLine(new HelloPicocli()).execute(args));
    }

    @Override
    public void run() {
        System.out.println("Hello, " + name);
    }
}
