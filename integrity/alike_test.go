package integrity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestMissingAndForbiddenCaseAlike (issues 12.12, 12.13): a case the actor may not see
// and one that does not exist answer alike after the same statements, each with one
// refusal in the audit trail.
func TestMissingAndForbiddenCaseAlike(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		c := f.route(t, f.report(t).Number, []string{"ernstig"})
		missing := c.Number + "9"
		var forbiddenSQL, missingSQL []string
		_, errForbidden := f.svc.Get(db.WithTrace(ctx, func(q string) { forbiddenSQL = append(forbiddenSQL, q) }), f.as("vp"), c.Number, "test")
		_, errMissing := f.svc.Get(db.WithTrace(ctx, func(q string) { missingSQL = append(missingSQL, q) }), f.as("vp"), missing, "test")
		if errForbidden == nil || errMissing == nil || strings.Replace(errForbidden.Error(), c.Number, missing, 1) != errMissing.Error() {
			t.Fatalf("forbidden = %v, missing = %v; want the same answer", errForbidden, errMissing)
		}
		if len(forbiddenSQL) < 4 || !slices.Equal(forbiddenSQL, missingSQL) {
			t.Errorf("statements for a forbidden case:\n%s\nfor a missing one:\n%s\nwant the same", strings.Join(forbiddenSQL, "\n"), strings.Join(missingSQL, "\n"))
		}
		var denied int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE action = 'denied' AND actor = 'vp' AND object_id IN (?, ?)", c.Number, missing).Scan(&denied); err != nil || denied != 2 {
			t.Errorf("refusals audited = %d, %v; want 2", denied, err)
		}
	})
}
