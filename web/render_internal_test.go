package web

import (
	"html/template"
	"testing"
)

// TestDutchNumbers is issue 7 item 12: counts are written the Dutch way ("1–50 van 6.747").
func TestDutchNumbers(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1.000", 6747: "6.747", 1234567: "1.234.567", -4200: "-4.200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	if got := breakable("Godsdienst/levensovertuiging <b>"); got != template.HTML("Godsdienst/<wbr>levensovertuiging &lt;b&gt;") {
		t.Errorf("breakable = %q", got)
	}
	if got := termLabel("vloek_groep"); got != "vloek + groep" {
		t.Errorf("termLabel(vloek_groep) = %q, want the rule's parts", got)
	}
}
