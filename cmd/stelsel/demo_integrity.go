package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/synth"
)

// demoIntegrityAccounts are the VIK accounts of the demo, all in Den Haag.
var demoIntegrityAccounts = []access.NewUser{
	{Username: "demo.meldpunt", Name: "Demo VIK-meldpunt (Den Haag)", Role: access.RoleIntake, Units: []string{"DH"}},
	{Username: "demo.casescreener", Name: "Demo Casescreener (Den Haag)", Role: access.RoleTriage, Units: []string{"DH"}},
	{Username: "demo.casescreener2", Name: "Demo Tweede casescreener (Den Haag)", Role: access.RoleTriage, Units: []string{"DH"}},
	{Username: "demo.onderzoeker", Name: "Demo VIK-onderzoeker (Den Haag)", Role: access.RoleInvestigator, Roles: []access.Role{access.RoleInvestigator, access.RoleEmployee}, Units: []string{"DH"}},
	{Username: "demo.strafrechtelijk", Name: "Demo Rechercheur strafrechtelijk onderzoek (Den Haag)", Role: access.RoleCrimInvestigator, Units: []string{"DH"}},
	{Username: "demo.ltio", Name: "Demo LTIO", Role: access.RoleLTIO},
	{Username: "demo.leidinggevende", Name: "Demo Leidinggevende (Den Haag, Haagse Hout)", Role: access.RoleManager, Units: []string{"DH"}, Team: "Haagse Hout"},
	{Username: "demo.jurist", Name: "Demo VIK-jurist (Den Haag)", Role: access.RoleJurist, Units: []string{"DH"}},
	{Username: "demo.bevoegdgezag", Name: "Demo Bevoegd gezag (Den Haag)", Role: access.RoleCompetent, Units: []string{"DH"}},
	{Username: "demo.vertrouwenspersoon", Name: "Demo Vertrouwenspersoon (Den Haag)", Role: access.RoleCounsellor, Units: []string{"DH"}},
	{Username: "demo.medewerker", Name: "Demo Medewerker (Den Haag)", Role: access.RoleEmployee, Units: []string{"DH"}, Team: "Schilderswijk"},
}

// demoIntegrityCases is how many synthetic integrity cases the demo makes.
const demoIntegrityCases = 120

// demoIntegrity adds the VIK accounts and synthetic integrity cases in every state,
// unless there are cases already. It returns a receipt code of an anonymous report.
func demoIntegrity(ctx context.Context, e env, deps *regDeps) (receipt, number string, err error) {
	op := operator(e)
	for _, nu := range demoIntegrityAccounts {
		nu.Password = access.GeneratePassword()
		if _, err := deps.users.Add(ctx, op, nu); err != nil && stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			return "", "", err
		}
	}
	var n int
	if err := deps.db.QueryRow(ctx, "SELECT count(*) FROM integrity_cases").Scan(&n); err != nil {
		return "", "", err
	}
	if n > 0 {
		return "", "", nil
	}
	key, err := identityKey(e, "")
	if err != nil {
		return "", "", err
	}
	staff := synth.IntegrityStaff{Unit: "DH", Team: "Haagse Hout", Intake: "demo.meldpunt", Triage: "demo.casescreener", Triage2: "demo.casescreener2",
		Investigator: "demo.onderzoeker", CrimInvestigator: "demo.strafrechtelijk", LTIO: "demo.ltio", Manager: "demo.leidinggevende",
		Jurist: "demo.jurist", Competent: "demo.bevoegdgezag", Counsellor: "demo.vertrouwenspersoon", Employee: "demo.medewerker"}
	res, err := synth.Integrity(ctx, deps.db, deps.trail, deps.users, key, staff, demoIntegrityCases, 0, demoSeed, time.Now())
	if err != nil {
		return "", "", err
	}
	fmt.Fprintf(e.stderr, "demo: %d synthetische integriteitszaken in Den Haag, %d dossierstukken, in elke status\n", res.Cases, res.Entries)
	return res.Receipt, res.ReceiptCase, nil
}

func printDemoIntegrity(w io.Writer, db, receipt, number string) {
	fmt.Fprintf(w, "\nIntegriteit (VIK): open /integriteit als demo.casescreener, demo.onderzoeker, demo.strafrechtelijk of demo.leidinggevende; anoniem melden op /melden.\n")
	if receipt != "" {
		fmt.Fprintf(w, "  Postbus van anonieme melding %s: /melden/postbus met code %s\n", number, receipt)
	}
	for _, c := range []string{
		"integrity list " + db + " --as demo.casescreener",
		"integrity deadlines " + db + " --as demo.meldpunt",
		"integrity signals " + db + " --as demo.casescreener",
		"integrity figures " + db + " --as demo.casescreener --from 2025-01-01",
	} {
		fmt.Fprintf(w, "  go run ./cmd/stelsel %s\n", c)
	}
}
