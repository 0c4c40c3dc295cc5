package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"strings"
	"time"

	"stelsel/catalog"
	"stelsel/registration"
)

// demoSeries are registrations that repeat in the way /cijfers/herhaling looks for: one
// family harassed at its address, threats against one person on one online platform.
// The synthetic registrations carry no address, platform or person (BVH gives them only
// sometimes), so without these the demo would show no repeats at all. Each entry is
// days before today, unit, team, municipality, address, platform, ground,
// manifestation, text.
var demoSeries = []struct {
	days                                 int
	unit, team, muni                     string
	address, platform                    string
	ground, manifestation, article, text string
}{
	{40, "DH", "Schilderswijk", "Den Haag", "Vlierboomstraat 112", "", "herkomst", "belediging", "137c",
		"Aangeefster verklaarde dat de buurman van nummer 114 haar en haar kinderen vanaf zijn balkon uitschold voor vuile negers en riep dat ze moesten oprotten naar hun eigen land."},
	{33, "DH", "Schilderswijk", "Den Haag", "Vlierboomstraat 112", "", "herkomst", "bedreiging", "137d",
		"Melding van aangeefster: op haar voordeur is met een stift geschreven 'negers rot op'. Zij vermoedt dezelfde buurman; hij riep gisteren dat hij ons huis in brand zou steken."},
	{26, "DH", "Schilderswijk", "Den Haag", "Vlierboomstraat 112", "", "herkomst", "bedreiging", "137d",
		"Aangeefster belde 112: de buurman stond met een honkbalknuppel voor de deur en schreeuwde dat hij alle zwarten in de straat zou afmaken. Eenheid ter plaatse, vdt. aangehouden."},
	{21, "AM", "Zuidoost", "Amsterdam", "", "TikTok", "seksuele_gerichtheid", "bedreiging", "137d",
		"Aangever ontving onder zijn video op TikTok reacties van meerdere accounts: 'vieze flikker, we weten waar je woont' en 'homo's moeten dood'."},
	{14, "AM", "Zuidoost", "Amsterdam", "", "TikTok", "seksuele_gerichtheid", "bedreiging", "137d",
		"Aangever meldt opnieuw bedreigingen via TikTok: een account plaatste zijn adres met de tekst 'deze flikker woont hier, kom maar langs'."},
	{8, "AM", "Centrum-Burgwallen", "Amsterdam", "", "TikTok", "seksuele_gerichtheid", "belediging", "137c",
		"Melder zag op TikTok een filmpje waarin twee zoenende mannen op de Dam worden uitgescholden voor vuile homo's; het filmpje is tienduizenden keren gedeeld."},
}

// demoRepeats imports demoSeries once, dated back from now so that they fall within the
// repeats page's default window, and has the demo analyst decide them.
func demoRepeats(ctx context.Context, e env, deps *regDeps, now time.Time) error {
	number := func(i int) string { return fmt.Sprintf("PL9900-DEMO-%04d", i+1) }
	var n int
	if err := deps.db.QueryRow(ctx, "SELECT count(*) FROM registrations WHERE number = ?", number(0)).Scan(&n); err != nil || n > 0 {
		return err
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	cols := append(append([]string{}, registration.Fields...), registration.OptionalFields...)
	w.Write(cols)
	for i, s := range demoSeries {
		at := now.AddDate(0, 0, -s.days).Format("2006-01-02")
		row := map[string]string{"registratienummer": number(i), "soort": "melding", "eenheid": s.unit, "basisteam": s.team,
			"incidentcode": "A38", "omschrijving": "Discriminatie", "pleegdatum": at, "registratiedatum": at, "gemeente": s.muni,
			"tekst": s.text, "adres": s.address, "platform": s.platform}
		var rec []string
		for _, f := range cols {
			rec = append(rec, row[f])
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("demo repeats: %w", err)
	}
	if _, err := deps.svc.ImportReader(ctx, operator(e), strings.NewReader(b.String()), "demo-herhaling.csv", registration.ImportOptions{}); err != nil {
		return fmt.Errorf("demo repeats: %w", err)
	}
	for i, s := range demoSeries {
		in := registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Grounds: []string{s.ground}, Manifestation: s.manifestation,
			Articles: []string{s.article}, Rationale: "Demo: een reeks meldingen op hetzelfde adres of platform."}
		if _, err := deps.svc.Decide(ctx, demoAnalyst, number(i), in); err != nil {
			return fmt.Errorf("demo decision on %s: %w", number(i), err)
		}
	}
	return nil
}
