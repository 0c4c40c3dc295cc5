package synth

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/integrity"
)

// IntegrityStaff are the accounts that work the synthetic integrity cases; they must exist
// with those roles, working for Unit. Manager leads Team.
type IntegrityStaff struct {
	Unit, Team                       string
	Intake, Triage, Triage2          string
	Investigator, CrimInvestigator   string
	LTIO, Manager, Jurist, Competent string
	Counsellor, Employee             string
}

// IntegrityResult says what Integrity made.
type IntegrityResult struct {
	Cases   int
	Entries int
	ByState map[string]int
	// Receipt is the receipt code of one anonymous report, to try the postbox with.
	Receipt, ReceiptCase string
}

var integrityStories = []struct{ category, text string }{
	{"omgangsvormen", "Een collega maakt in de teamapp steeds grappen over de afkomst van een nieuwe collega."},
	{"informatie", "Iemand heeft zonder reden in BVH gezocht naar een bekende van de familie."},
	{"geweld_bejegening", "Bij een aanhouding is volgens omstanders onnodig hard geslagen."},
	{"bedrijfsmiddelen", "Een dienstauto wordt in het weekend voor privéritten gebruikt."},
	{"giften", "Een ondernemer geeft het team elke maand gratis maaltijden."},
	{"nevenwerkzaamheden", "Een collega werkt als beveiliger bij een bedrijf in het eigen werkgebied."},
	{"privesfeer", "Een collega deelt op sociale media racistische uitlatingen."},
	{"misbruik_positie", "Een leidinggevende dreigt medewerkers die klagen over te plaatsen."},
	{"fraude_diefstal", "Uit de kluis met inbeslaggenomen goederen ontbreken telefoons."},
	{"corruptie", "Een collega zou geld hebben aangenomen om een bekeuring te laten vallen."},
}

var integrityFirst = []string{"Sanne", "Mehmet", "Lotte", "Youssef", "Iris", "Daan", "Fatima", "Bram", "Noor", "Kevin", "Esra", "Thijs"}
var integrityLast = []string{"de Vries", "Yilmaz", "Jansen", "El Amrani", "Bakker", "Visser", "Bouzid", "Smit", "de Jong", "Kaya", "Mulder", "Peters"}

// Integrity makes n synthetic integrity cases through the integrity service, in every
// state: received, acknowledged, waiting for the second triage officer, in the
// functioning, disciplinary, criminal and LTIO tracks, to close, and closed with outcome
// and learning registration. Cases come in over the 18 months before end, on their own
// synthetic days; one employee is named often enough to raise a signal. entriesPerCase
// extra dossier notes are added to open investigation tracks (for benchmarks).
func Integrity(ctx context.Context, d *db.DB, trail *access.Trail, users *access.Users, key []byte, staff IntegrityStaff,
	n, entriesPerCase int, seed uint64, end time.Time) (IntegrityResult, error) {
	res := IntegrityResult{ByState: map[string]int{}}
	clock := &settableClock{}
	svc, err := integrity.New(d, trail, users, key, clock.now)
	if err != nil {
		return res, err
	}
	svc.SetRateLimit(1<<30, time.Minute)
	as := map[string]access.Actor{}
	for _, u := range []string{staff.Intake, staff.Triage, staff.Triage2, staff.Investigator, staff.CrimInvestigator, staff.LTIO,
		staff.Manager, staff.Jurist, staff.Competent, staff.Counsellor, staff.Employee} {
		a, err := users.Actor(ctx, u)
		if err != nil {
			return res, fmt.Errorf("synthetic integrity staff %s: %w", u, err)
		}
		as[u] = a
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	unit, ok := integrityUnit(staff.Unit)
	if !ok {
		return res, fmt.Errorf("synthetic integrity: unknown unit %s", staff.Unit)
	}
	type person struct{ no, name, team string }
	var pool []person
	for i := 0; i < 40; i++ {
		team := unit[i%len(unit)]
		if i%5 == 0 {
			team = staff.Team
		}
		pool = append(pool, person{fmt.Sprintf("P%06d", 100000+i*37), integrityFirst[i%len(integrityFirst)] + " " + integrityLast[(i/3)%len(integrityLast)], team})
	}
	start := end.AddDate(0, -18, 0)
	span := end.Sub(start)
	states := []string{"ontvangen", "bevestigd", "wacht_bevestiging", "functioneren", "disciplinair", "strafrechtelijk", "af_te_sluiten", "gesloten", "ltio", "gesloten"}
	day := 24 * time.Hour
	for i := 0; i < n; i++ {
		state := states[i%len(states)]
		recv := start.Add(time.Duration(float64(span) * float64(i) / float64(max(n, 1))))
		// Open cases are recent; closed ones may be old.
		if state != "gesloten" {
			recv = end.Add(-time.Duration(rng.IntN(80)+2) * day)
		}
		at := func(days int) { clock.t = time.Time{}; clock.set(recv.Add(time.Duration(days) * day)) }
		at(0)
		st := integrityStories[rng.IntN(len(integrityStories))]
		p := pool[rng.IntN(len(pool))]
		if i%7 == 0 {
			p = pool[0] // named often: a signal
		}
		in := integrity.ReportInput{Kind: integrity.KindNamed, Unit: staff.Unit, Category: st.category, Description: st.text,
			Circumstances: []string{[]string{"in_dienst", "buiten_dienst", "sociale_media", "teamcultuur", "werkdruk"}[rng.IntN(5)]},
			Subjects:      []integrity.Subject{{PersonnelNo: p.no, Name: p.name, Unit: staff.Unit, Team: p.team}}}
		var number string
		switch {
		case i%5 == 4:
			num, code, err := svc.ReportAnonymous(ctx, in)
			if err != nil {
				return res, err
			}
			number = num
			if res.Receipt == "" && state != "gesloten" {
				res.Receipt, res.ReceiptCase = code, num
			}
		default:
			if i%3 == 1 {
				in.Kind, in.Contact = integrity.KindConfidential, "via de vertrouwenspersoon"
			}
			c, err := svc.Report(ctx, as[staff.Employee], in)
			if err != nil {
				return res, err
			}
			number = c.Number
		}
		res.Cases++
		res.ByState[state]++
		if state == "ontvangen" {
			continue
		}
		at(2)
		if _, err := svc.Acknowledge(ctx, as[staff.Intake], number, ""); err != nil {
			return res, err
		}
		if i%5 == 4 {
			if _, err := svc.Ask(ctx, as[staff.Intake], number, "Kunt u vertellen wanneer dit gebeurde en wie erbij waren?"); err != nil {
				return res, err
			}
		}
		if state == "bevestigd" {
			continue
		}
		at(9)
		om := clock.now()
		var checklist []string
		switch state {
		case "functioneren":
			checklist = []string{"licht"}
		case "af_te_sluiten":
			checklist = []string{"geen_aanwijzing"}
		case "strafrechtelijk":
			checklist = []string{"ernstig", "strafbaar", "bewijs"}
		case "ltio":
			checklist = []string{"eenheidsoverstijgend", "hoge_rang"}
		case "gesloten":
			checklist = [][]string{{"licht"}, {"ernstig", "bewijs"}}[i%2]
		default:
			checklist = []string{"ernstig", "herhaling"}
		}
		c, err := svc.Triage(ctx, as[staff.Triage], number, integrity.TriageInput{Checklist: checklist, Rationale: "Volgens de checklist; zie de redenen.", OMInformedOn: &om})
		if err != nil {
			return res, err
		}
		if state == "wacht_bevestiging" {
			continue
		}
		at(11)
		if c.Status == integrity.StatusAwaiting {
			if c, err = svc.Confirm(ctx, as[staff.Triage2], number, 0); err != nil {
				return res, err
			}
		}
		if state == "af_te_sluiten" {
			continue
		}
		entries := 0
		note := func(who, track, text string) error {
			_, err := svc.AddEntry(ctx, as[who], number, track, integrity.EntryInput{Kind: integrity.EntryNote, Body: text})
			entries++
			return err
		}
		has := func(t string) bool {
			for _, r := range c.Triage.Routes {
				if r == t {
					return true
				}
			}
			return false
		}
		if has(integrity.TrackDisciplinary) {
			at(12)
			if _, err := svc.Assign(ctx, as[staff.Triage], number, integrity.TrackDisciplinary, staff.Investigator, "beschikbaar in de eenheid"); err != nil {
				return res, err
			}
			if _, err := svc.Assign(ctx, as[staff.Triage], number, integrity.TrackCare, staff.Counsellor, "medewerker wil een vertrouwenspersoon"); err != nil {
				return res, err
			}
			how, yes := "persoonlijk", true
			if _, err := svc.UpdateCare(ctx, as[staff.Investigator], number, integrity.CareInput{RightsNoticeHow: &how, CounsellorOffered: &yes}); err != nil {
				return res, err
			}
			for k := 0; k < 2+entriesPerCase; k++ {
				if err := note(staff.Investigator, integrity.TrackDisciplinary, fmt.Sprintf("Verhoor getuige %d: bevestigt de melding deels.", k+1)); err != nil {
					return res, err
				}
			}
			at(30)
			for _, s := range []struct{ who, step string }{{staff.Investigator, "onderzoeksrapport"}, {staff.Jurist, "juridisch_advies"}, {staff.Competent, "voornemen"}} {
				if _, err := svc.Step(ctx, as[s.who], number, integrity.StepInput{Step: s.step, Body: "Vastgelegd; stukken in het dossier."}); err != nil {
					return res, err
				}
			}
		}
		if has(integrity.TrackCriminal) {
			if _, err := svc.Assign(ctx, as[staff.Triage], number, integrity.TrackCriminal, staff.CrimInvestigator, "opdracht van het OM"); err != nil {
				return res, err
			}
			for k := 0; k < 1+entriesPerCase; k++ {
				if err := note(staff.CrimInvestigator, integrity.TrackCriminal, fmt.Sprintf("Proces-verbaal van bevindingen %d.", k+1)); err != nil {
					return res, err
				}
			}
			if _, err := svc.OMDecision(ctx, as[staff.CrimInvestigator], number, "transactie", nil, ""); err != nil {
				return res, err
			}
		}
		if has(integrity.TrackFunctioning) {
			follow := clock.now().AddDate(0, 0, 21)
			if _, err := svc.UpdateFramework(ctx, as[staff.Manager], number, integrity.FrameworkInput{Done: []string{"gesprek_melder", "veiligheid", "vervolgdatum"},
				FollowUpOn: &follow, Notes: "Gesprek gevoerd; afspraken in het team."}); err != nil && p.team == staff.Team {
				return res, err
			}
		}
		if has(integrity.TrackLTIO) {
			if err := note(staff.LTIO, integrity.TrackLTIO, "Zaak overgenomen door het LTIO; plan van aanpak opgesteld."); err != nil {
				return res, err
			}
		}
		res.Entries += entries
		if state != "gesloten" {
			continue
		}
		at(70)
		closer := staff.Triage
		ci := integrity.CloseInput{Outcome: integrity.Outcome{Outcome: "functioneren_afgerond"},
			Learning: integrity.Learning{Lessons: "Het gesprek in de lijn was genoeg.", Measures: []string{"teamgesprek"}}}
		if has(integrity.TrackDisciplinary) {
			closer = staff.Investigator
			for _, s := range []struct{ who, step string }{{staff.Investigator, "zienswijze"}, {staff.Competent, "besluit"}} {
				if _, err := svc.Step(ctx, as[s.who], number, integrity.StepInput{Step: s.step, Body: "Vastgelegd."}); err != nil {
					return res, err
				}
			}
			plan := "Terugkeergesprek met team en leidinggevende; coaching drie maanden."
			if _, err := svc.UpdateCare(ctx, as[staff.Investigator], number, integrity.CareInput{ReturnPlan: &plan}); err != nil {
				return res, err
			}
			sanctions := []string{"schriftelijke_berisping", "boete", "inhouding_verlof", "voorwaardelijk_ontslag"}
			sn := sanctions[rng.IntN(len(sanctions))]
			ci.Outcome = integrity.Outcome{Outcome: "bewezen_straf", Sanction: sn, EducationalMeasures: []string{"integriteitstraining"}}
			if sn == "voorwaardelijk_ontslag" {
				ci.Outcome.SanctionConditions, ci.Outcome.SanctionTermMonths = "Geen nieuw plichtsverzuim van deze soort", 24
			}
			if st.category == "omgangsvormen" || st.category == "privesfeer" {
				ci.Outcome.EducationalMeasures = []string{"maatschappelijke_stage", "microagressie_training"}
			}
			ci.Learning = integrity.Learning{Factors: []string{"groepsdruk", "toezicht"}, Lessons: "Eerder ingrijpen door de leidinggevende.", Measures: []string{"training", "communicatie"}}
		}
		if _, err := svc.Close(ctx, as[closer], number, ci); err != nil {
			return res, err
		}
	}
	return res, nil
}

func integrityUnit(code string) ([]string, bool) {
	for _, u := range catalog.Default().Units {
		if u.Code == code {
			return u.Teams, true
		}
	}
	return nil, false
}
