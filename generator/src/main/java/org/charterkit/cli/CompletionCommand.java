package org.charterkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code charterkit completion}: the shell completion script, made by picocli's {@link AutoComplete} from the
 * commands themselves, so it can never fall behind a new command or option.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a script that completes charterkit's commands and options in bash (and in zsh,"
                + " after `autoload -U bashcompinit && bashcompinit`).",
                "Try it with:   source <(./charterkit completion)",
                "or keep it:    ./charterkit completion > ~/.local/share/bash-completion/completions/charterkit"})
final class CompletionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash("charterkit", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }
}
