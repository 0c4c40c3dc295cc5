package catalog

import "testing"

func TestDefault(t *testing.T) {
	c := Default()
	if len(c.Units) != 11 {
		t.Errorf("len(Units) = %d, want 11 (10 regional units and the Landelijke Eenheid)", len(c.Units))
	}
	for _, code := range []string{DecisionNotDiscrimination, DecisionDiscrimination, DecisionCodis, DecisionMoreInformation} {
		if !c.DecisionKinds.Has(code) {
			t.Errorf("DecisionKinds lacks %q", code)
		}
	}
	for _, g := range c.Grounds {
		if !c.ODIHRCategories.Has(g.ODIHR) {
			t.Errorf("ground %q maps to unknown ODIHR category %q", g.Code, g.ODIHR)
		}
	}
}

func TestUnitLookup(t *testing.T) {
	c := Default()
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"DH", "DH", true},
		{"den haag", "DH", true},
		{" Zeeland-West-Brabant ", "ZWB", true},
		{"Gotham", "", false},
	}
	for _, tt := range tests {
		u, ok := c.Unit(tt.in)
		if ok != tt.ok || u.Code != tt.want {
			t.Errorf("Unit(%q) = %q, %v, want %q, %v", tt.in, u.Code, ok, tt.want, tt.ok)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{`{}`, `{"version":"x","grounds":[{"code":"a","label":"A"},{"code":"a","label":"B"}]}`, `not json`} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) = nil error, want error", in)
		}
	}
}
