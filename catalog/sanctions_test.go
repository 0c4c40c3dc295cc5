package catalog

import (
	"slices"
	"strings"
	"testing"
)

// TestSanctionsFollowBARP77 pins the disciplinary sanctions to the list of art. 77 BARP
// as DOMAIN.md par. 2 and 2a give it, lightest first, with conditional dismissal beside
// unconditional dismissal and no transfer (overplaatsing is no disciplinary sanction).
// Changing the list means changing this test and raising the catalog version.
func TestSanctionsFollowBARP77(t *testing.T) {
	c := Default()
	want := []string{"schriftelijke_berisping", "extra_diensten", "inhouding_verlof", "boete", "inhouding_salaris",
		"lagere_salaristrede", "lagere_salarisschaal", "schorsing", "voorwaardelijk_ontslag", "strafontslag"}
	if got := c.Sanctions.Codes(); !slices.Equal(got, want) {
		t.Errorf("sanctions = %v, want %v", got, want)
	}
	for _, s := range c.Sanctions {
		if !strings.Contains(s.Label, "art. 77 BARP") {
			t.Errorf("sanction %s: label %q does not name art. 77 BARP", s.Code, s.Label)
		}
	}
	basis := DefaultIntegrity().SanctionsBasis
	for _, w := range []string{"DOMAIN.md", "halfjaarbericht politie 2023", "overplaatsing", "2026.3"} {
		if !strings.Contains(basis, w) {
			t.Errorf("sanctions_basis does not cite %q", w)
		}
	}
}
