package catalog

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

//go:embed catalog.json
var catalogJSON []byte

// Item is one entry of a reference list: a stable code used in storage and exports, and a
// Dutch label for people.
type Item struct {
	Code  string `json:"code"`
	Label string `json:"label"`
	// ODIHR is the OSCE/ODIHR bias or incident category this item maps to, if any.
	ODIHR string `json:"odihr,omitempty"`
	// ODIHRExcluded marks manifestations that the Dutch ODIHR export leaves out (insults).
	ODIHRExcluded bool `json:"odihr_excluded,omitempty"`
}

// Unit is a regional unit (eenheid) with its basisteams.
type Unit struct {
	Code  string   `json:"code"`
	Label string   `json:"label"`
	Teams []string `json:"teams"`
}

// List is an ordered reference list with lookup by code.
type List []Item

// Has reports whether code is in the list.
func (l List) Has(code string) bool {
	_, ok := l.Get(code)
	return ok
}

// Get returns the item with the given code.
func (l List) Get(code string) (Item, bool) {
	for _, it := range l {
		if it.Code == code {
			return it, true
		}
	}
	return Item{}, false
}

// Label returns the Dutch label of code, or code itself when it is unknown.
func (l List) Label(code string) string {
	if it, ok := l.Get(code); ok {
		return it.Label
	}
	return code
}

// Codes returns the codes in list order.
func (l List) Codes() []string {
	out := make([]string, len(l))
	for i, it := range l {
		out[i] = it.Code
	}
	return out
}

// Catalog is one version of all reference lists.
type Catalog struct {
	Version        string `json:"version"`
	Grounds        List   `json:"grounds"`
	Indications    List   `json:"indications"`
	Manifestations List   `json:"manifestations"`
	Articles       List   `json:"articles"`
	DecisionKinds  List   `json:"decision_kinds"`
	// NoDiscriminationReasons are the preset reasons for "geen discriminatie".
	NoDiscriminationReasons List `json:"no_discrimination_reasons"`
	// IndicationHints suggest indications from a registration's hits.
	IndicationHints     []IndicationHint `json:"indication_hints"`
	ODIHRCategories     List             `json:"odihr_categories"`
	IntegrityCategories List             `json:"integrity_categories"`
	Sanctions           List             `json:"sanctions"`
	EducationalMeasures List             `json:"educational_measures"`
	// Complaints (package complaint): the grounds not to handle a complaint (Awb 9:8), the
	// ways a complaint comes in, the judgements of phase 2 and the markers.
	ComplaintRefusalGrounds List   `json:"complaint_refusal_grounds"`
	ComplaintChannels       List   `json:"complaint_channels"`
	ComplaintJudgements     List   `json:"complaint_judgements"`
	ComplaintMarkers        List   `json:"complaint_markers"`
	Units                   []Unit `json:"units"`
	// FollowUpTasks are what a basisteam is asked to do with a registration ECAD-P
	// decided (opvolging); which apply follows from the decision.
	FollowUpTasks []FollowUpTask `json:"follow_up_tasks"`
}

// FollowUpTask is one thing a basisteam is asked to do with a decided registration. It
// applies to decisions of one of Kinds; with Referral only when the decision refers the
// case to an ADV (then for any kind).
type FollowUpTask struct {
	Code     string   `json:"code"`
	Label    string   `json:"label"`
	Help     string   `json:"help,omitempty"`
	Kinds    []string `json:"kinds,omitempty"`
	Referral bool     `json:"referral,omitempty"`
}

// IndicationHint suggests Indication for a registration with a hit on one of Grounds or
// a hit whose term or matched text contains one of Terms (lower case).
type IndicationHint struct {
	Indication string   `json:"indication"`
	Grounds    []string `json:"grounds,omitempty"`
	Terms      []string `json:"terms,omitempty"`
}

// Decision kinds, as named in catalog.json. They are constants because the review rules
// branch on them; their labels and the list itself remain data.
const (
	DecisionNotDiscrimination = "geen_discriminatie"
	DecisionDiscrimination    = "discriminatie"
	DecisionCodis             = "codis"
	DecisionMoreInformation   = "meer_informatie"
)

// Default returns the catalog embedded in the binary. It panics only if the embedded data
// is broken, which the package tests rule out.
func Default() *Catalog {
	c, err := Parse(catalogJSON)
	if err != nil {
		panic(err)
	}
	return c
}

// Parse reads and validates a catalog from JSON.
func Parse(data []byte) (*Catalog, error) {
	var c Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("parse catalog: %w", err)
	}
	if c.Version == "" {
		return nil, fmt.Errorf("parse catalog: version is empty")
	}
	lists := map[string]List{
		"grounds": c.Grounds, "indications": c.Indications, "manifestations": c.Manifestations,
		"articles": c.Articles, "decision_kinds": c.DecisionKinds, "odihr_categories": c.ODIHRCategories,
		"integrity_categories": c.IntegrityCategories, "sanctions": c.Sanctions,
		"educational_measures":      c.EducationalMeasures,
		"complaint_refusal_grounds": c.ComplaintRefusalGrounds, "complaint_channels": c.ComplaintChannels,
		"complaint_judgements": c.ComplaintJudgements, "complaint_markers": c.ComplaintMarkers,
		"no_discrimination_reasons": c.NoDiscriminationReasons,
	}
	for i, t := range c.FollowUpTasks {
		if t.Code == "" || t.Label == "" || (len(t.Kinds) == 0 && !t.Referral) {
			return nil, fmt.Errorf("parse catalog: follow_up_tasks[%d]: code, label and kinds or referral are required", i)
		}
		for _, k := range t.Kinds {
			if !c.DecisionKinds.Has(k) {
				return nil, fmt.Errorf("parse catalog: follow_up_tasks[%d]: unknown decision kind %q", i, k)
			}
		}
	}
	for i, h := range c.IndicationHints {
		if !c.Indications.Has(h.Indication) {
			return nil, fmt.Errorf("parse catalog: indication_hints[%d]: unknown indication %q", i, h.Indication)
		}
	}
	for name, l := range lists {
		seen := map[string]bool{}
		for i, it := range l {
			if it.Code == "" || it.Label == "" {
				return nil, fmt.Errorf("parse catalog: %s[%d]: code and label are required", name, i)
			}
			if seen[it.Code] {
				return nil, fmt.Errorf("parse catalog: %s: duplicate code %q", name, it.Code)
			}
			seen[it.Code] = true
		}
	}
	seen := map[string]bool{}
	for i, u := range c.Units {
		if u.Code == "" || u.Label == "" || len(u.Teams) == 0 {
			return nil, fmt.Errorf("parse catalog: units[%d]: code, label and teams are required", i)
		}
		if seen[u.Code] {
			return nil, fmt.Errorf("parse catalog: units: duplicate code %q", u.Code)
		}
		seen[u.Code] = true
	}
	return &c, nil
}

// Unit finds a unit by code or by label, ignoring case and surrounding space, so that BVH
// exports that write "Den Haag" or "DH" both resolve.
func (c *Catalog) Unit(codeOrLabel string) (Unit, bool) {
	s := strings.TrimSpace(codeOrLabel)
	for _, u := range c.Units {
		if strings.EqualFold(u.Code, s) || strings.EqualFold(u.Label, s) {
			return u, true
		}
	}
	return Unit{}, false
}

// UnitCodes returns the unit codes in catalog order.
func (c *Catalog) UnitCodes() []string {
	out := make([]string, len(c.Units))
	for i, u := range c.Units {
		out[i] = u.Code
	}
	return out
}
