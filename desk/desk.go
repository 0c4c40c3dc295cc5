package desk

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"stelsel"
	"stelsel/catalog"
)

// Desk is one version of a help desk of the lokettenwijzer.
type Desk struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Internal bool   `json:"internal"`
	Order    int    `json:"order"`
	// Themes are what the desk is for (codes of Data.Themes).
	Themes []string `json:"themes"`
	// Needs are what an employee can get there (codes of Data.Needs), for the guide.
	Needs   []string `json:"needs"`
	Purpose string   `json:"purpose"`
	// Confidentiality is what the desk does with what you tell it (code of
	// Data.Confidentiality); Anonymous says whether you may stay anonymous.
	Confidentiality string `json:"confidentiality"`
	Anonymous       bool   `json:"anonymous"`
	WhatHappens     string `json:"what_happens"`
	Reach           string `json:"reach"`
	// Units are where the desk exists (unit codes or Data.Locations); empty is everywhere.
	Units []string `json:"units"`

	Version  int       `json:"version"`
	EditedBy string    `json:"edited_by"`
	EditedAt time.Time `json:"edited_at"`
	Note     string    `json:"note"`
}

// Item is a code with its Dutch label.
type Item struct {
	Code   string   `json:"code"`
	Label  string   `json:"label"`
	Themes []string `json:"themes,omitempty"`
}

// Data is the reference data of the guide: themes, confidentiality levels, extra
// locations (the service centre), the guide's topics and needs, and the first version of
// every desk. It is data (desks.json), not code.
type Data struct {
	Themes          []Item `json:"themes"`
	Confidentiality []Item `json:"confidentiality"`
	Locations       []Item `json:"locations"`
	Topics          []Item `json:"topics"`
	Needs           []Item `json:"needs"`
	Desks           []Desk `json:"desks"`
}

//go:embed desks.json
var desksJSON []byte

// DefaultData returns the embedded reference data and first desks.
func DefaultData() *Data {
	var d Data
	if err := json.Unmarshal(desksJSON, &d); err != nil {
		panic(fmt.Sprintf("desk: desks.json: %v", err))
	}
	return &d
}

func label(items []Item, code string) string {
	for _, it := range items {
		if it.Code == code {
			return it.Label
		}
	}
	return code
}

func has(items []Item, code string) bool {
	return slices.ContainsFunc(items, func(it Item) bool { return it.Code == code })
}

// ThemeLabel, NeedLabel, TopicLabel and ConfidentialityLabel name a code in Dutch.
func (d *Data) ThemeLabel(c string) string           { return label(d.Themes, c) }
func (d *Data) NeedLabel(c string) string            { return label(d.Needs, c) }
func (d *Data) TopicLabel(c string) string           { return label(d.Topics, c) }
func (d *Data) ConfidentialityLabel(c string) string { return label(d.Confidentiality, c) }

// LocationLabel names a unit or another location (the service centre).
func (d *Data) LocationLabel(c string) string {
	if u, ok := catalog.Default().Unit(c); ok {
		return u.Label
	}
	return label(d.Locations, c)
}

// Everywhere reports whether the desk exists in every unit.
func (k Desk) Everywhere() bool { return len(k.Units) == 0 }

// AvailableIn reports whether the desk exists for an employee of unit ("" is unknown: yes).
func (k Desk) AvailableIn(unit string) bool {
	return unit == "" || len(k.Units) == 0 || slices.Contains(k.Units, unit)
}

var codePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{1,49}$`)

// validate checks a desk against the reference data; it names the field.
func (d *Data) validate(k *Desk) error {
	k.Name, k.Purpose, k.WhatHappens, k.Reach = strings.TrimSpace(k.Name), strings.TrimSpace(k.Purpose), strings.TrimSpace(k.WhatHappens), strings.TrimSpace(k.Reach)
	if !codePattern.MatchString(k.Code) {
		return stelsel.Invalid("code", "gebruik 2 tot 50 kleine letters, cijfers of _ (begin met een letter)")
	}
	for f, v := range map[string]string{"naam": k.Name, "waarvoor": k.Purpose, "wat_gebeurt_er": k.WhatHappens, "bereikbaar": k.Reach} {
		if v == "" {
			return stelsel.Invalid(f, "vul dit veld in (loket %s)", k.Code)
		}
		if utf8.RuneCountInString(v) > 2000 {
			return stelsel.Invalid(f, "te lang: hoogstens 2000 tekens (loket %s)", k.Code)
		}
	}
	if len(k.Themes) == 0 {
		return stelsel.Invalid("themas", "kies minstens één thema (loket %s)", k.Code)
	}
	for _, t := range k.Themes {
		if !has(d.Themes, t) {
			return stelsel.Invalid("themas", "onbekend thema %q (loket %s)", t, k.Code)
		}
	}
	for _, n := range k.Needs {
		if !has(d.Needs, n) {
			return stelsel.Invalid("behoeften", "onbekende behoefte %q (loket %s)", n, k.Code)
		}
	}
	if !has(d.Confidentiality, k.Confidentiality) {
		return stelsel.Invalid("vertrouwelijkheid", "kies wat het loket doet met wat u vertelt (loket %s)", k.Code)
	}
	for _, u := range k.Units {
		if _, ok := catalog.Default().Unit(u); !ok && !has(d.Locations, u) {
			return stelsel.Invalid("eenheden", "onbekende eenheid of locatie %q (loket %s)", u, k.Code)
		}
	}
	return nil
}
