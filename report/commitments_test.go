package report_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"stelsel"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/report"
)

func TestCommitments(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		list, err := f.rep.Commitments(ctx, policy)
		if err != nil {
			t.Fatal(err)
		}
		byCode := map[string]report.Commitment{}
		for _, c := range list {
			byCode[c.Code] = c
		}
		if len(list) != 12 {
			t.Errorf("%d commitments seeded, want 12", len(list))
		}
		sum := func(c report.Commitment) (total int64, years string) {
			for _, b := range c.Budget {
				total += b.Earmarked
				years += fmt.Sprint(b.Year, ":", report.Millions(b.Earmarked), " ")
			}
			return
		}
		if tot, y := sum(byCode["M-HERMANS"]); tot != 8_000_000 || y != "2022:2 2023:2 2024:2 2025:2 " {
			t.Errorf("Hermans budget %d %q, want 8 million, 2 a year 2022-2025", tot, y)
		}
		if tot, y := sum(byCode["M-PATERNOTTE"]); tot != 7_000_000 || y != "2021:1,5 2022:1,5 2023:1,5 2024:1,5 2025:1 " {
			t.Errorf("Paternotte budget %d %q, want 7 million", tot, y)
		}
		if h := byCode["T-2023-02"].History; len(h) != 2 || h[0].Status != "open" || h[1].Status != "afgedaan" {
			t.Errorf("T-2023-02 history = %+v", h)
		}
		// Status change and spending, with history.
		if err := f.rep.SetCommitmentStatus(ctx, policy, "M-HERMANS", "afgedaan", "Onderzoeken afgerond"); err != nil {
			t.Fatal(err)
		}
		if err := f.rep.RecordSpending(ctx, policy, "M-HERMANS", 2022, 1_750_000); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			err  error
			code string
		}{
			{f.rep.SetCommitmentStatus(ctx, policy, "M-HERMANS", "klaar", "x"), stelsel.EINVALID},
			{f.rep.SetCommitmentStatus(ctx, policy, "M-HERMANS", "afgedaan", " "), stelsel.EINVALID},
			{f.rep.SetCommitmentStatus(ctx, policy, "X-1", "afgedaan", "x"), stelsel.ENOTFOUND},
			{f.rep.RecordSpending(ctx, policy, "M-HERMANS", 2030, 1), stelsel.EINVALID},
			{f.rep.RecordSpending(ctx, analyst, "M-HERMANS", 2022, 1), stelsel.EFORBIDDEN},
			{f.rep.SetCommitmentStatus(ctx, officer, "M-HERMANS", "afgedaan", "x"), stelsel.EFORBIDDEN},
		} {
			if stelsel.ErrorCode(c.err) != c.code {
				t.Errorf("got %v, want %s", c.err, c.code)
			}
		}
		if _, err := f.rep.Commitments(ctx, officer); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("officer Commitments: %v", err)
		}
		list, _ = f.rep.Commitments(ctx, policy)
		tables := report.CommitmentTables(list, f.clock)
		var b strings.Builder
		if err := report.WriteCSV(&b, tables...); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{
			"Motie Hermans,-,2,2,2,2,8",
			"Motie Paternotte c.s.,\"1,5\",\"1,5\",\"1,5\",\"1,5\",1,7",
			"Aanpak van geweld tegen LHBTIQ+-personen 2022,2,\"1,75\",\"0,25\"",
			"Aanpak van geweld tegen LHBTIQ+-personen,Motie,Hermans,Korpsleiding politie,2025-12-31,Afgedaan,Onderzoeken afgerond",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("commitment tables lack %q:\n%s", want, out)
			}
		}
	})
}
