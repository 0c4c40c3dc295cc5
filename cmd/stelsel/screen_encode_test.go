package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"stelsel/screen"
)

// TestResultEncoderMatchesJSON: the hand-written encoder of `stelsel screen` writes what
// encoding/json writes for a result, also the explanation of a term hit that a rule
// capped (it has no parts) and of the text model's hit.
func TestResultEncoderMatchesJSON(t *testing.T) {
	r := screen.Result{Flagged: true, Score: 30, Grounds: []string{"herkomst"}, Lexicon: "stelsel-nl@1", Hits: []screen.Hit{
		{Term: "racis", Grounds: []string{"herkomst"}, Mode: screen.ModeInfix, Strength: screen.Weak, Start: 4, End: 15,
			Match: "racistische", Score: 30, Explanation: "afgezwakt tot 30 (conclusie_tekst): conclusie 'Geen discriminatie vastgesteld' + duiding 'racistische' in de tekst"},
		{Term: "groep_uitsluiting", Grounds: []string{"herkomst"}, Mode: screen.ModeRule, Strength: screen.Strong, Start: 0, End: 20,
			Match: "Turken \"geweigerd\"", Score: 65, Fuzzy: true, Explanation: "groep 'Turken' + uitsluiting 'geweigerd' in één zin",
			Parts: []screen.Part{{Class: "groep", Term: "turk", Start: 0, End: 6, Match: "Turken"}, {Class: "uitsluiting", Term: "geweigerd", Start: 8, End: 17, Match: "geweigerd", Fuzzy: true}}},
		{Term: "turk", Grounds: []string{"herkomst"}, Mode: screen.ModePrefix, Strength: screen.Weak, Start: 0, End: 6, Match: "Turken", Score: 15},
	}}
	got := resultEncoder{}.append(nil, []byte(`"7"`), r)
	want, err := json.Marshal(struct {
		ID string `json:"id"`
		screen.Result
	}{"7", r})
	if err != nil {
		t.Fatal(err)
	}
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("encoder wrote invalid JSON %s: %v", got, err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("encoder wrote\n%s\nencoding/json writes\n%s", got, want)
	}
}
