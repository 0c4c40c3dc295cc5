package main

import (
	"context"
	"fmt"

	"stelsel/access"
	"stelsel/complaint"
	"stelsel/integrity"
)

// complaintIntake connects the complaint service to the integrity intake: a complaint
// passed on becomes a named integrity report with source "klacht_burger", registered by the
// system on behalf of the complainant, whose description names the complaint's reference;
// the complaint keeps the report's number. Wire it with Complaints.SetIntake wherever both
// services run.
func complaintIntake(svc *integrity.Service) complaint.Intake {
	return func(ctx context.Context, c *complaint.Complaint, note string) (string, error) {
		ic, err := svc.Report(ctx, access.System("klachtbehandeling"), integrity.ReportInput{Kind: integrity.KindNamed, Unit: c.Unit,
			Source: "klacht_burger", ReporterName: c.Complainant.Name,
			Description: fmt.Sprintf("Doorgegeven vanuit klacht %s: %s\n\nDe klacht, zoals de klager die indiende:\n%s", c.Reference, note, c.What)})
		if err != nil {
			return "", fmt.Errorf("pass complaint %s to the integrity intake: %w", c.Reference, err)
		}
		return ic.Number, nil
	}
}
