package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"stelsel"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/screen"
)

func lexiconCommand() command {
	return command{summary: "check a lexicon file, show the lexicon in use, or measure it on a development set", run: runLexicon}
}

const lexiconUsage = `usage:
  stelsel lexicon check FILE                 validate a lexicon file (TSV, see screen/LEXICON.md)
  stelsel lexicon show [--db DSN | --lexicon FILE] [--json]
                                             print the version and the entries of the lexicon in use
                                             on the database (or of a file)
  stelsel lexicon activate [--db DSN] [--as USER] FILE
                                             make FILE the lexicon in use on the database (audited);
                                             then run 'stelsel rescreen'
  stelsel lexicon history [--db DSN]        list the lexicons that were in use, newest first
  stelsel lexicon eval [--lexicon FILE] DEVSET
                                             print recall and negatives flagged per ground
  stelsel lexicon train [--lexicon FILE] --out FILE [--threshold 0.8] SET...
                                             train the text model on labelled sets (the format of
                                             eval), measure it leaving each set out, and write the
                                             lexicon with the new model to --out`

func runLexicon(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, lexiconUsage)
		return &usageError{"lexicon: a subcommand is required: check, show, activate, history, eval or train"}
	}
	switch args[0] {
	case "check":
		return lexiconCheck(e, args[1:])
	case "show":
		return lexiconShow(ctx, e, args[1:])
	case "activate":
		return lexiconActivate(ctx, e, args[1:])
	case "history":
		return lexiconHistory(ctx, e, args[1:])
	case "eval":
		return lexiconEval(e, args[1:])
	case "train":
		return lexiconTrain(e, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(e.stdout, lexiconUsage)
		return nil
	}
	fmt.Fprintln(e.stderr, lexiconUsage)
	return &usageError{fmt.Sprintf("lexicon: unknown subcommand %q", args[0])}
}

// lexiconInvalid turns a lexicon problem into an EINVALID error that keeps the file,
// line and reason.
func lexiconInvalid(err error) error {
	var le *screen.LexiconError
	if errors.As(err, &le) {
		return &stelsel.Error{Code: stelsel.EINVALID, Message: "lexicon " + le.Error()}
	}
	return err
}

func lexiconCheck(e env, args []string) error {
	fs := flag.NewFlagSet("lexicon check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &usageError{"lexicon check: exactly one FILE is required"}
	}
	fh, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("lexicon check: %w", err)
	}
	defer fh.Close()
	lex, err := screen.LoadLexicon(fh, fs.Arg(0))
	if err != nil {
		return lexiconInvalid(err)
	}
	terms, frames := lex.States()
	fmt.Fprintf(e.stdout, "%s: ok, %d entries, version %s; automata of %d and %d states (frame terms), each at most %d\n",
		fs.Arg(0), len(lex.Entries()), lex.Version(), terms, frames, screen.MaxStates)
	if m := lex.Model(); m != nil {
		fmt.Fprintf(e.stdout, "text model: %d words (%d trigger words), flags from chance %v\n", len(m.Features()), len(m.Triggers()), m.Threshold())
	}
	return nil
}

func lexiconShow(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("lexicon show", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("lexicon", "", "show this lexicon file instead of the one in use")
	dsn := fs.String("db", db.DefaultDSN(e.getenv), "database whose lexicon in use to show; without a database: the built-in lexicon")
	asJSON := fs.Bool("json", false, "print JSON instead of TSV")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Sprintf("lexicon show: unexpected argument %q", fs.Arg(0))}
	}
	lex, err := lexiconInUse(ctx, *path, *dsn)
	if err != nil {
		return lexiconInvalid(err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		type model struct {
			Bias      float64               `json:"basis"`
			Threshold float64               `json:"drempel"`
			Trigger   float64               `json:"aanleiding"`
			Counter   *float64              `json:"tegenwicht,omitempty"`
			Features  []screen.ModelFeature `json:"kenmerken"`
		}
		var mj *model
		if m := lex.Model(); m != nil {
			mj = &model{Bias: m.Bias(), Threshold: m.Threshold(), Trigger: m.Trigger(), Features: m.Features()}
			if w, ok := m.Counterweight(); ok {
				mj.Counter = &w
			}
		}
		return enc.Encode(struct {
			Version string         `json:"version"`
			Entries []screen.Entry `json:"entries"`
			Rules   []screen.Rule  `json:"rules"`
			Model   *model         `json:"model,omitempty"`
		}{lex.Version(), lex.Entries(), lex.Rules(), mj})
	}
	fmt.Fprintf(e.stdout, "# version: %s\n# name: %s\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\tclass\n", lex.Version(), lex.Name())
	for _, en := range lex.Entries() {
		grounds := strings.Join(en.Grounds, ",")
		if grounds == "" {
			grounds = "-"
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", en.Term, en.Mode, grounds, en.Strength,
			strings.Join(en.Exceptions, ";"), en.Fuzzy, en.Note, strings.Join(en.Classes, ","))
	}
	if rules := lex.Rules(); len(rules) > 0 {
		fmt.Fprintln(e.stdout, "rule\tparts\twithin\tgrounds\tscore\tnote")
		for _, r := range rules {
			sep, grounds := " + ", strings.Join(r.Grounds, ",")
			if r.Ordered {
				sep = " > "
			}
			if grounds == "" {
				grounds = "-"
			}
			fmt.Fprintf(e.stdout, "%s\t%s%s%s\t%s\t%s\t%s\t%s\n", r.Name, strings.Join(r.Parts[0], "|"), sep, strings.Join(r.Parts[1], "|"),
				r.WithinText(), grounds, r.ScoreText(), r.Note)
		}
	}
	if m := lex.Model(); m != nil {
		var b strings.Builder
		if err := m.WriteSection(&b, "intercept"); err != nil {
			return err
		}
		fmt.Fprint(e.stdout, b.String())
	}
	return nil
}

func lexiconEval(e env, args []string) error {
	fs := flag.NewFlagSet("lexicon eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("lexicon", "", "measure this lexicon file instead of the built-in one")
	verbose := fs.Bool("v", false, "also list the missed positives and the flagged negatives")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &usageError{"lexicon eval: exactly one DEVSET file is required (e.g. screen/testdata/devset.tsv)"}
	}
	lex, err := loadLexicon(*path)
	if err != nil {
		return lexiconInvalid(err)
	}
	fh, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("lexicon eval: %w", err)
	}
	defer fh.Close()
	examples, err := screen.ReadExamples(fh, fs.Arg(0))
	if err != nil {
		return &stelsel.Error{Code: stelsel.EINVALID, Message: err.Error()}
	}
	s := screen.New(lex)
	q := screen.Evaluate(s, examples)
	q.WriteTable(e.stdout)
	if *verbose {
		for _, ex := range q.Missed {
			fmt.Fprintf(e.stdout, "missed line %d %v: %s\n", ex.Line, ex.Grounds, ex.Text)
		}
		for _, ex := range q.Flagged {
			res := s.Screen(ex.Text)
			var why []string
			for _, h := range res.Hits {
				if h.Explanation != "" {
					why = append(why, fmt.Sprintf("%s %d: %s", h.Term, h.Score, h.Explanation))
				} else {
					why = append(why, fmt.Sprintf("%s %d: '%s'", h.Term, h.Score, h.Match))
				}
			}
			fmt.Fprintf(e.stdout, "negative flagged line %d (score %d): %s  [%s]\n", ex.Line, res.Score, ex.Text, strings.Join(why, "; "))
		}
	}
	return nil
}

func lexiconTrain(e env, args []string) error {
	fs := flag.NewFlagSet("lexicon train", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("lexicon", "", "train for this lexicon file instead of the built-in one")
	out := fs.String("out", "", "write the lexicon with the trained model to this file (required)")
	threshold := fs.Float64("threshold", 0.8, "the model's chance from which a text is flagged")
	minWeight := fs.Float64("min-weight", 0.2, "leave out features whose weight is smaller either way")
	counter := fs.Float64("counterweight", -4, "the summed word weight at or below which the model lowers a text's strong signals to a score of 45 (0: it lowers nothing)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return &usageError{"lexicon train: --out FILE is required"}
	}
	if *counter > 0 || *counter < -50 {
		return &usageError{fmt.Sprintf("lexicon train: --counterweight %v: want a weight from -50 to 0 (0: the model lowers nothing)", *counter)}
	}
	if *threshold <= 0 || *threshold >= 1 {
		return &usageError{fmt.Sprintf("lexicon train: --threshold %v: want a chance between 0 and 1", *threshold)}
	}
	if fs.NArg() == 0 {
		return &usageError{"lexicon train: at least one SET file is required (e.g. screen/testdata/registrations-dev*.tsv)"}
	}
	src, file := screen.DefaultLexiconSource(), "lexicon_nl.tsv"
	if *path != "" {
		b, err := os.ReadFile(*path)
		if err != nil {
			return fmt.Errorf("lexicon train: %w", err)
		}
		src, file = b, *path
	}
	var sets []screen.TrainingSet
	for _, f := range fs.Args() {
		fh, err := os.Open(f)
		if err != nil {
			return fmt.Errorf("lexicon train: %w", err)
		}
		examples, err := screen.ReadExamples(fh, f)
		fh.Close()
		if err != nil {
			return &stelsel.Error{Code: stelsel.EINVALID, Message: err.Error()}
		}
		sets = append(sets, screen.TrainingSet{File: filepath.ToSlash(f), Examples: examples})
	}
	trained, rep, err := screen.TrainLexicon(src, file, sets, screen.TrainOptions{Threshold: *threshold, MinWeight: *minWeight,
		Counter: *counter, NoCounter: *counter == 0})
	if err != nil {
		return lexiconInvalid(err)
	}
	if len(rep.Folds) > 0 {
		fmt.Fprintln(e.stdout, "each set screened with a model trained on the others (at flagged):")
		fmt.Fprintf(e.stdout, "%-45s %5s %8s %8s %5s %8s %8s\n", "set", "pos", "recall", "+model", "neg", "negflag", "+model")
		for _, f := range rep.Folds {
			fmt.Fprintf(e.stdout, "%-45s %5d %7.1f%% %7.1f%% %5d %7.1f%% %7.1f%%\n", filepath.Base(f.File), f.Positives,
				100*f.RecallBefore, 100*f.RecallAfter, f.Negatives, 100*f.NegBefore, 100*f.NegAfter)
		}
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, trained, 0o644); err != nil {
		return fmt.Errorf("lexicon train: %w", err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		return fmt.Errorf("lexicon train: %w", err)
	}
	fmt.Fprintf(e.stdout, "trained on %d texts (%d discriminatory): %d features; written to %s\n", rep.Examples, rep.Positives, rep.Features, *out)
	return nil
}

// loadLexicon reads the lexicon file at path, or the built-in lexicon when path is empty.
func loadLexicon(path string) (*screen.Lexicon, error) {
	if path == "" {
		return screen.DefaultLexicon()
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer fh.Close()
	return screen.LoadLexicon(fh, path)
}

// lexiconInUse is the lexicon file at path when given, else the lexicon in use on the
// database at dsn, else the built-in one. A SQLite database that does not exist yet is not
// created just to show a lexicon.
func lexiconInUse(ctx context.Context, path, dsn string) (*screen.Lexicon, error) {
	if path != "" {
		return loadLexicon(path)
	}
	if !strings.HasPrefix(dsn, "postgres") {
		if _, err := os.Stat(strings.TrimPrefix(dsn, "sqlite:")); err != nil {
			return screen.DefaultLexicon()
		}
	}
	d, err := db.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return registration.ActiveLexicon(ctx, d)
}

func lexiconActivate(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("lexicon activate", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &usageError{"lexicon activate: exactly one FILE is required"}
	}
	deps, err := openRegistrations(ctx, e, f)
	if err != nil {
		return err
	}
	defer deps.Close()
	a, err := deps.actor(ctx, e, f.as)
	if err != nil {
		return err
	}
	if err := activateLexicon(ctx, e, deps.db, deps.trail, a, fs.Arg(0)); err != nil {
		return err
	}
	lex, err := registration.ActiveLexicon(ctx, deps.db)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "lexicon in gebruik: %s (%d termen)\n", lex.Version(), len(lex.Entries()))
	return nil
}

func lexiconHistory(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("lexicon history", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, false, false)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	d, err := db.Open(ctx, f.dsn)
	if err != nil {
		return err
	}
	defer d.Close()
	hist, err := registration.LexiconHistory(ctx, d)
	if err != nil {
		return err
	}
	if len(hist) == 0 {
		def, err := screen.DefaultLexicon()
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "nooit een lexicon geactiveerd: het ingebouwde lexicon %s is in gebruik\n", def.Version())
		return nil
	}
	for _, h := range hist {
		fmt.Fprintf(e.stdout, "%s  %-28s %-20s %s\n", h.ActivatedAt.Local().Format("2006-01-02 15:04"), h.Version, h.ActivatedBy, h.File)
	}
	return nil
}
