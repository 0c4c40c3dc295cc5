// Command stelsel is the one binary of the system: the web server, the demo, and the
// command-line tools for batch work. Each subcommand lives in its own file and only parses
// flags, wires packages and runs; the rules live in the domain packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"sort"
	"syscall"

	"stelsel"
)

// env is what every subcommand gets from the outside world, so tests can run commands
// in-process with their own standard streams and environment.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

// commands lists every subcommand. Each lives in its own file.
func commands() map[string]command {
	return map[string]command{
		// subcommands: one line each, kept in alphabetical order.
		"audit":     auditCommand(),
		"complaint": complaintCommand(),
		"demo":      demoCommand(),
		"desk":      deskCommand(),
		"export":    exportCommand(),
		"gen":       genCommand(),
		"import":    importCommand(),
		"integrity": integrityCommand(),
		"lexicon":   lexiconCommand(),
		"rank":      rankCommand(),
		"report":    reportCommand(),
		"rescreen":  rescreenCommand(),
		"sample":    sampleCommand(),
		"review":    reviewCommand(),
		"screen":    screenCommand(),
		"serve":     serveCommand(),
		"status":    statusCommand(),
		"user":      userCommand(),
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(os.Stderr, err))
}

// dataCommands write data for other programs to standard output (CSV, JSONL, XLSX,
// lexicon TSV), which must reach them byte for byte; on a terminal they are shown safely
// like everything else.
var dataCommands = map[string]bool{"screen": true, "gen": true, "export": true, "report": true, "lexicon": true}

// run dispatches to a subcommand.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	// Messages to people go through a safeWriter (termsafe.go); data commands write
	// their files untouched, JSON keeps its meaning.
	e := env{stdin: stdin, stdout: stdout, stderr: newSafeWriter(stderr, false), getenv: getenv}
	if len(args) > 0 && (!dataCommands[args[0]] || isTerminal(stdout)) {
		e.stdout = newSafeWriter(stdout, slices.Contains(args, "--json") || slices.Contains(args, "-json"))
	}
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout, cmds)
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		usage(stderr, cmds)
		return &usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	return c.run(ctx, e, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "stelsel: integrity and anti-discrimination system of the police")
	fmt.Fprintln(w, "\nUsage: stelsel COMMAND [flags]\n\nCommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'stelsel COMMAND -h' for the flags of a command.")
}

// usageError is a mistake in the command line itself (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// partialError reports that a batch command finished but skipped or rejected some records
// (exit status 3); the details were already written to standard error.
type partialError struct{ msg string }

func (e *partialError) Error() string { return e.msg }

// exitCode maps an error to the process exit status, in one place, and prints it.
func exitCode(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	stderr = newSafeWriter(stderr, false) // messages may quote stored text
	var ue *usageError
	var pe *partialError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "stelsel:", ue.msg)
		return 2
	case errors.As(err, &pe):
		fmt.Fprintln(stderr, "stelsel:", pe.msg)
		return 3
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "stelsel: interrupted")
		return 130
	}
	switch stelsel.ErrorCode(err) {
	case stelsel.EINVALID:
		fmt.Fprintln(stderr, "stelsel:", stelsel.ErrorMessage(err))
		return 2
	case stelsel.ENOTFOUND, stelsel.EFORBIDDEN, stelsel.EUNAUTHORIZED, stelsel.ECONFLICT:
		fmt.Fprintln(stderr, "stelsel:", stelsel.ErrorMessage(err))
		return 4
	}
	fmt.Fprintln(stderr, "stelsel:", err)
	return 1
}
