package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/registration"
	"stelsel/synth"
)

func demoCommand() command {
	return command{summary: "a ready-to-try stelsel: synthetic registrations, screened, some decided", run: runDemo}
}

// demo sizes: enough to feel real, small enough to load in seconds.
const (
	demoRecords   = 100_000
	demoSeed      = 2026
	demoDecisions = 1000 // enough to decide nearly every discriminatory record: a year of figures
	demoLeaveOpen = 6    // every sixth item of the queue stays open for the workbench
	// demoSampleSize is the size of the demo's recall sample of unflagged registrations.
	demoSampleSize = 50
)

// demoAnalyst is the reviewer whose decisions the demo records.
var demoAnalyst = access.Actor{Username: "demo.analist", Name: "Demo Analist (ECAD-P)", Role: access.RoleAnalyst}

// demoData is what prepareDemo leaves for the final step (printing now; serving the web
// interface later).
type demoData struct {
	deps   *regDeps
	dsn    string
	status registration.Status
	// page is the top of the queue; example the number of its first item.
	page    registration.QueuePage
	example string
	// receipt and receiptCase are an anonymous integrity report to try the postbox with.
	receipt, receiptCase string
}

func runDemo(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := fs.String("db", filepath.Join(db.DataDir(e.getenv), "demo.db"), "database (default: demo.db in the data directory)")
	addr := fs.String("addr", "127.0.0.1:8080", "address for the web interface")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	e, err := demoEnv(e)
	if err != nil {
		return err
	}
	d, err := prepareDemo(ctx, e, *dsn, demoRecords)
	if err != nil {
		return err
	}
	defer d.deps.Close()
	printDemo(e.stdout, d)
	return serveDemo(ctx, e, d.deps.db, *addr)
}

// prepareDemo creates or reuses the demo database: it loads the synthetic registrations
// unless they are there, screens them on import, and records decisions unless there are
// some. Running it again is quick.
func prepareDemo(ctx context.Context, e env, dsn string, records int) (*demoData, error) {
	e, err := demoEnv(e)
	if err != nil {
		return nil, err
	}
	deps, err := openRegistrations(ctx, e, regFlags{dsn: dsn})
	if err != nil {
		return nil, err
	}
	d := &demoData{deps: deps, dsn: dsn}
	fail := func(err error) (*demoData, error) { deps.Close(); return nil, err }
	var n int
	if err := deps.db.QueryRow(ctx, "SELECT count(*) FROM registrations").Scan(&n); err != nil {
		return fail(err)
	}
	gen := synth.New(synth.Options{Seed: demoSeed})
	if n < records {
		fmt.Fprintf(e.stderr, "demo: stap 1 van 3: %d synthetische registraties maken en importeren in %s ...\n", records, dsn)
		if err := loadDemo(ctx, e, deps, gen, records); err != nil {
			return fail(err)
		}
	}
	fmt.Fprintf(e.stderr, "demo: stap 2 van 3: screenen met het lexicon in gebruik ...\n")
	if _, err := deps.svc.Rescreen(ctx, operator(e), registration.RescreenOptions{}); err != nil {
		return fail(err)
	}
	if err := deps.db.QueryRow(ctx, "SELECT count(*) FROM decisions").Scan(&n); err != nil {
		return fail(err)
	}
	if n == 0 {
		fmt.Fprintf(e.stderr, "demo: stap 3 van 3: tot %d voorbeeldbeoordelingen vastleggen (elke %de registratie van de werkbak blijft open) ...\n", demoDecisions, demoLeaveOpen)
		if err := decideDemo(ctx, deps.svc, gen, records); err != nil {
			return fail(err)
		}
		// The last month of the synthetic data gets its recall sample, so /steekproef
		// has a queue to work through; the seed makes it the same on every demo.
		period := synth.DefaultReference.AddDate(0, -1, 0).Format("2006-01")
		if _, err := deps.svc.DrawSample(ctx, operator(e), period, demoSampleSize, "demo"); err != nil {
			return fail(err)
		}
	}
	if err := demoRepeats(ctx, e, deps, time.Now()); err != nil {
		return fail(err)
	}
	if err := demoComplaints(ctx, e, deps); err != nil {
		return fail(err)
	}
	if d.receipt, d.receiptCase, err = demoIntegrity(ctx, e, deps); err != nil {
		return fail(err)
	}
	if d.status, err = deps.svc.Status(ctx, operator(e)); err != nil {
		return fail(err)
	}
	if d.page, err = deps.svc.Queue(ctx, operator(e), registration.QueueFilter{Limit: 5}); err != nil {
		return fail(err)
	}
	d.example = "NUMMER"
	if len(d.page.Items) > 0 {
		d.example = d.page.Items[0].Number
	}
	return d, nil
}

// loadDemo writes the synthetic registrations to a CSV file in the data directory and
// imports it, the same way an operator imports a BVH export.
func loadDemo(ctx context.Context, e env, deps *regDeps, gen *synth.Generator, records int) error {
	path := filepath.Join(db.DataDir(e.getenv), "demo-registraties.csv")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	start := time.Now()
	if err := writeSynthCSV(fh, gen, records); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: %d registraties gemaakt in %.1fs (%s); nu importeren ...\n", records, time.Since(start).Seconds(), path)
	opts := registration.ImportOptions{}
	if isTerminal(e.stderr) {
		bar := progressbar.DefaultBytes(-1, "import")
		opts.Progress = func(p registration.ImportProgress) { bar.ChangeMax64(p.Total); bar.Set64(p.Bytes) }
		defer func() { bar.Finish(); fmt.Fprintln(e.stderr) }()
	}
	res, err := deps.svc.Import(ctx, operator(e), path, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: %d registraties geïmporteerd in %.1fs, %d met treffers\n", res.New+res.Changed, res.Duration.Seconds(), res.Flagged)
	return nil
}

// writeSynthCSV writes n synthetic records in the import format (synth's CSV), making
// them on every core.
func writeSynthCSV(w io.Writer, gen *synth.Generator, n int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.Write(synth.AppendCSVHeader(nil))
	const chunk = 4096
	parts := make(chan chan []byte, runtime.GOMAXPROCS(0))
	go func() {
		defer close(parts)
		for start := 0; start < n; start += chunk {
			p := make(chan []byte, 1)
			parts <- p
			go func(start int) {
				var b []byte
				for i := start; i < min(start+chunk, n); i++ {
					b = synth.AppendCSV(b, gen.Record(i))
				}
				p <- b
			}(start)
		}
	}()
	for p := range parts {
		bw.Write(<-p)
	}
	return bw.Flush()
}

// decideDemo has the demo analyst decide the first demoDecisions items of the queue,
// plausibly: by the synthetic truth of each record. Every demoLeaveOpen-th item stays
// open, at every height of the queue, so that the workbench has work to show.
func decideDemo(ctx context.Context, svc *registration.Service, gen *synth.Generator, records int) error {
	labels := map[string]synth.Label{}
	for i := range records {
		r := gen.Record(i)
		if r.Label.Discriminatory || r.Label.NearMiss {
			labels[r.Number] = r.Label
		}
	}
	decided, seen, after := 0, 0, ""
	for decided < demoDecisions {
		page, err := svc.Queue(ctx, demoAnalyst, registration.QueueFilter{Limit: 200, After: after})
		if err != nil {
			return err
		}
		for _, it := range page.Items {
			if decided == demoDecisions {
				break
			}
			if seen++; seen%demoLeaveOpen == 0 {
				continue
			}
			in := demoDecision(labels[it.Number], decided)
			if _, err := svc.Decide(ctx, demoAnalyst, it.Number, in); err != nil {
				return fmt.Errorf("demo decision on %s: %w", it.Number, err)
			}
			decided++
		}
		if after = page.Next; after == "" {
			break
		}
	}
	return nil
}

func demoDecision(l synth.Label, i int) registration.DecisionInput {
	const why = "Demo: beoordeeld volgens de synthetische waarheid van dit record."
	if !l.Discriminatory {
		return registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, Rationale: why,
			Reason: "Groepsaanduiding in neutrale context; geen discriminatoire uiting of handeling."}
	}
	in := registration.DecisionInput{Kind: l.Kind, Grounds: l.Grounds, Indications: l.Indications,
		Manifestation: l.Manifestation, Rationale: why}
	if in.Manifestation == "" {
		in.Manifestation = "overig"
	}
	if len(in.Grounds) == 0 {
		in.Grounds = []string{"overig"}
	}
	switch in.Kind {
	case catalog.DecisionDiscrimination:
		art := map[string]string{"belediging": "137c", "uitsluiting": "137g", "bedreiging": "137d"}[in.Manifestation]
		if art == "" {
			art = "137d"
		}
		in.Articles = []string{art}
	case catalog.DecisionCodis:
	default:
		in.Kind = catalog.DecisionDiscrimination
		in.Articles = []string{"137c"}
	}
	if i%4 == 0 {
		in.Referral, in.ADV = true, "de antidiscriminatievoorziening in de regio"
	}
	return in
}

func printDemo(w io.Writer, d *demoData) {
	st := d.status
	fmt.Fprintf(w, "\nstelsel demo staat klaar in %s\n\n", d.dsn)
	fmt.Fprintf(w, "  %d registraties, %d met treffers, %d te beoordelen, %d beoordeeld\n", st.Registrations, st.Flagged, st.Queue,
		st.QueueByStatus[registration.StatusDecided]+st.QueueByStatus[registration.StatusConfirm]+st.QueueByStatus[registration.StatusMoreInfo])
	fmt.Fprintf(w, "\nBovenaan de wachtrij:\n\n")
	printQueue(w, d.page)
	fmt.Fprintf(w, "\nProbeer:\n")
	db := "--db " + d.dsn
	for _, c := range []string{
		"review queue " + db + " --limit 10",
		"review queue " + db + " --unit AM --ground antisemitisme",
		"review show " + db + " " + d.example,
		"review decide " + db + " --as demo.analist --kind geen_discriminatie --reason '...' --rationale '...' " + d.example,
		"status " + db,
		"complaint dashboard " + db + " --as demo.klachtencoordinator",
		"complaint figures " + db + " --as demo.klachtencoordinator --public",
		"desk guide " + db + " --as demo.basisteam.am --topic weet_niet --need advies --unit AM",
		"export unitlist " + db + " --unit DH --format xlsx --out dh.xlsx",
		"export codes " + db + " --dir codes",
		"report year " + db + " --year 2025 --publication",
		"report odihr " + db + " --year 2025 --by delict",
		"report trends " + db + " --months 24",
	} {
		fmt.Fprintf(w, "  go run ./cmd/stelsel %s\n", c)
	}
	fmt.Fprintf(w, "\nHerhaling: /cijfers/herhaling toont een reeks meldingen op één adres (Den Haag) en op één platform (Amsterdam), %d registraties van de laatste weken.\n", len(demoSeries))
	printDemoIntegrity(w, db, d.receipt, d.receiptCase)
	fmt.Fprintln(w, "\nBeslissen gebeurt als een benoemde gebruiker (--as): de demo-accounts staan hieronder; eigen accounts maakt u met 'go run ./cmd/stelsel user add' (zie -h).")
}
