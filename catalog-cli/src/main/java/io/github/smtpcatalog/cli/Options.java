// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds picocli command specifications by hand rather than from annotations: picocli then needs no reflection
 * over the command classes (a large share of its start-up time) and no reflective access to this module.
 */
final class Options {

    /** The default of {@code --locale}. */
    static final String DEFAULT_LOCALE = "nl";

    private Options() {
    }

    /**
     * A command with its options and parameters, then {@code --help} and {@code --version}.
     *
     * @param name        the command name
     * @param userObject  what runs the command
     * @param description the lines of its description
     * @param args        its options and positional parameters, in the order of the help
     * @return the spec
     */
    static CommandSpec command(String name, Object userObject, String[] description, ArgSpec... args) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
        spec.versionProvider(new CatalogCommand.Version());
        spec.usageMessage().description(description).sortOptions(false);
        for (ArgSpec a : args) {
            if (a instanceof OptionSpec) {
                spec.addOption((OptionSpec) a);
            } else {
                spec.addPositional((PositionalParamSpec) a);
            }
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /**
     * The {@code --locale} option.
     *
     * @param description what it sets
     * @return the option, default {@code nl}
     */
    static OptionSpec locale(String description) {
        return OptionSpec.builder("--locale").paramLabel("TAG").type(String.class).defaultValue(DEFAULT_LOCALE)
                .description(description).build();
    }

    /**
     * An option whose value is one of an enum's constants, written in lower case.
     *
     * @param name         the option name
     * @param type         the enum
     * @param defaultValue the default, lower case
     * @param description  its description
     * @param <E>          the enum type
     * @return the option
     */
    static <E extends Enum<E>> OptionSpec choice(String name, Class<E> type, String defaultValue,
            String description) {
        StringBuilder label = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            label.append(label.length() > 0 ? "|" : "").append(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        return OptionSpec.builder(name).paramLabel(label.toString()).type(type).defaultValue(defaultValue)
                .description(description).build();
    }
}
