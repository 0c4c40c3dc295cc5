package complaint_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestMissingAndForbiddenComplaintAlike (issue 12.12): a complaint the actor may not see
// and one that does not exist answer alike after the same statements, each with one
// refusal in the audit trail.
func TestMissingAndForbiddenComplaintAlike(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := setup(t, d)
		in := citizen
		in.Channel, in.EmployeeUsername = "telefoon", "collega"
		c, err := f.svc.Register(ctx, f.a("beh"), in)
		if err != nil {
			t.Fatal(err)
		}
		missingRef := c.Reference[:len(c.Reference)-1] + map[bool]string{true: "8", false: "9"}[strings.HasSuffix(c.Reference, "9")]
		var forbiddenSQL, missingSQL []string
		_, errForbidden := f.svc.Get(db.WithTrace(ctx, func(q string) { forbiddenSQL = append(forbiddenSQL, q) }), f.a("collega"), c.Reference)
		_, errMissing := f.svc.Get(db.WithTrace(ctx, func(q string) { missingSQL = append(missingSQL, q) }), f.a("collega"), missingRef)
		if errForbidden == nil || errMissing == nil || strings.Replace(errForbidden.Error(), c.Reference, missingRef, 1) != errMissing.Error() {
			t.Fatalf("forbidden = %v, missing = %v; want the same answer", errForbidden, errMissing)
		}
		if len(forbiddenSQL) < 3 || !slices.Equal(forbiddenSQL, missingSQL) {
			t.Errorf("statements for a forbidden complaint:\n%s\nfor a missing one:\n%s\nwant the same", strings.Join(forbiddenSQL, "\n"), strings.Join(missingSQL, "\n"))
		}
		var denied int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE action = 'denied' AND actor = 'collega' AND object_id IN (?, ?)", c.Reference, missingRef).Scan(&denied); err != nil || denied != 2 {
			t.Errorf("refusals audited = %d, %v; want 2", denied, err)
		}
	})
}
