package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"stelsel/report"
)

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	getenv := func(k string) string {
		if k == "STELSEL_DATA" {
			return dir
		}
		return ""
	}
	var out, errb strings.Builder
	e := env{stdout: &out, stderr: &errb, getenv: getenv}
	dsn := filepath.Join(dir, "demo.db")
	for range 2 { // the second run reuses what the first made
		d, err := prepareDemo(context.Background(), e, dsn, 3000)
		if err != nil {
			t.Fatalf("prepareDemo: %v\n%s", err, errb.String())
		}
		printDemo(&out, d)
		// The recall sample of the data's last month, drawn once: /steekproef has work.
		var samples, items int
		if err := d.deps.db.QueryRow(context.Background(), "SELECT count(*), (SELECT count(*) FROM sample_items) FROM samples").Scan(&samples, &items); err != nil {
			t.Fatal(err)
		}
		if samples != 1 || items == 0 || items > demoSampleSize {
			t.Errorf("demo samples = %d with %d items, want 1 with 1 to %d", samples, items, demoSampleSize)
		}
		// The series at one address and on one platform show as repeats.
		reps, err := report.NewService(d.deps.db, d.deps.trail, d.deps.svc, time.Now).Repeats(context.Background(), demoAnalyst, report.RepeatOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var shared []string
		for _, r := range reps {
			shared = append(shared, r.Value)
		}
		if !slices.Contains(shared, "TikTok") || !slices.ContainsFunc(shared, func(v string) bool { return strings.Contains(v, "Vlierboomstraat 112") }) {
			t.Errorf("demo repeats share %q, want the address and the platform", shared)
		}
		d.deps.Close()
		// Decided and open items both: the workbench has work to show.
		if d.status.Registrations != 3000+len(demoSeries) || d.status.Flagged == 0 || d.status.QueueByStatus["beoordeeld"] == 0 || d.status.Queue == 0 {
			t.Errorf("demo status = %+v", d.status.Counts)
		}
	}
	if strings.Count(errb.String(), "synthetische klachten") != len(demoComplaintCounts) {
		t.Errorf("demo made complaints %d times, want once per unit:\n%s", strings.Count(errb.String(), "synthetische klachten"), errb.String())
	}
	if strings.Count(errb.String(), "stap 1 van 3") != 1 || !strings.Contains(out.String(), "review show --db") {
		t.Errorf("demo printed\n%s\n%s", out.String(), errb.String())
	}
	// The integrity system: made once, its accounts and an anonymous receipt code printed.
	if strings.Count(errb.String(), "synthetische integriteitszaken") != 1 || !strings.Contains(out.String(), "Integriteit (VIK): open /integriteit als demo.casescreener") ||
		!strings.Contains(out.String(), "/melden/postbus met code") || !strings.Contains(out.String(), "integrity deadlines --db") {
		t.Errorf("demo's integrity part:\n%s\n%s", out.String(), errb.String())
	}
}
