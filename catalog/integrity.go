package catalog

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
)

//go:embed integrity.json
var integrityJSON []byte

// Check is one question of the uniform triage checklist (casescreening). A yes answer
// proposes Route (none when empty) for the stated Reason.
type Check struct {
	Code   string `json:"code"`
	Label  string `json:"label"`
	Route  string `json:"route"`
	Reason string `json:"reason"`
}

// Integrity is one version of the reference data of the integrity system (VIK): sources,
// circumstances, routes, the triage checklist, the steps of the disciplinary chain, OM
// decisions, outcomes, learning factors and measures, the manager's framework, the
// rights notice, and the deadlines and signal thresholds. The categories, sanctions and
// educational measures are in the main catalog.
type Integrity struct {
	Version        string   `json:"version"`
	SanctionsBasis string   `json:"sanctions_basis"`
	Sources        List     `json:"sources"`
	Circumstances  List     `json:"circumstances"`
	Routes         List     `json:"routes"`
	FourEyesRoutes []string `json:"four_eyes_routes"`
	Checklist      []Check  `json:"checklist"`
	OMDecisions    List     `json:"om_decisions"`
	Steps          List     `json:"disciplinary_steps"`
	Outcomes       List     `json:"outcomes"`
	Factors        List     `json:"factors"`
	LessonMeasures List     `json:"lesson_measures"`
	CareCost       List     `json:"care_cost_statuses"`
	Framework      List     `json:"framework"`
	RightsNotice   string   `json:"rights_notice"`
	Deadlines      struct {
		AcknowledgeDays       int `json:"acknowledge_days"`
		FeedbackMonths        int `json:"feedback_months"`
		TriageDays            int `json:"triage_days"`
		ZienswijzeDays        int `json:"zienswijze_days"`
		DecisionDays          int `json:"decision_days"`
		ObjectionDays         int `json:"objection_days"`
		ObjectionDecisionDays int `json:"objection_decision_days"`
	} `json:"deadlines"`
	Signals struct {
		SubjectThreshold int `json:"subject_threshold"`
		TeamThreshold    int `json:"team_threshold"`
		WindowMonths     int `json:"window_months"`
	} `json:"signals"`
}

// DefaultIntegrity returns the integrity reference data embedded in the binary. It panics
// only if the embedded data is broken, which the package tests rule out.
func DefaultIntegrity() *Integrity {
	c, err := ParseIntegrity(integrityJSON)
	if err != nil {
		panic(err)
	}
	return c
}

// ParseIntegrity reads and validates integrity reference data from JSON.
func ParseIntegrity(data []byte) (*Integrity, error) {
	var c Integrity
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("parse integrity catalog: %w", err)
	}
	if c.Version == "" || c.RightsNotice == "" || c.SanctionsBasis == "" {
		return nil, fmt.Errorf("parse integrity catalog: version, sanctions_basis and rights_notice are required")
	}
	for name, l := range map[string]List{"sources": c.Sources, "circumstances": c.Circumstances, "routes": c.Routes,
		"om_decisions": c.OMDecisions, "disciplinary_steps": c.Steps, "outcomes": c.Outcomes, "factors": c.Factors,
		"lesson_measures": c.LessonMeasures, "care_cost_statuses": c.CareCost, "framework": c.Framework} {
		if len(l) == 0 {
			return nil, fmt.Errorf("parse integrity catalog: %s is empty", name)
		}
		seen := map[string]bool{}
		for i, it := range l {
			if it.Code == "" || it.Label == "" || seen[it.Code] {
				return nil, fmt.Errorf("parse integrity catalog: %s[%d]: code and label required, codes unique", name, i)
			}
			seen[it.Code] = true
		}
	}
	for i, ch := range c.Checklist {
		if ch.Code == "" || ch.Label == "" || ch.Reason == "" || (ch.Route != "" && !c.Routes.Has(ch.Route)) {
			return nil, fmt.Errorf("parse integrity catalog: checklist[%d]: code, label, reason and a known route (or none) required", i)
		}
	}
	for _, r := range c.FourEyesRoutes {
		if !c.Routes.Has(r) {
			return nil, fmt.Errorf("parse integrity catalog: four_eyes_routes: unknown route %q", r)
		}
	}
	d := c.Deadlines
	if d.AcknowledgeDays <= 0 || d.FeedbackMonths <= 0 || d.TriageDays <= 0 || d.ZienswijzeDays <= 0 ||
		d.DecisionDays <= 0 || d.ObjectionDays <= 0 || d.ObjectionDecisionDays <= 0 {
		return nil, fmt.Errorf("parse integrity catalog: every deadline must be positive")
	}
	if c.Signals.SubjectThreshold <= 0 || c.Signals.TeamThreshold <= 0 || c.Signals.WindowMonths <= 0 {
		return nil, fmt.Errorf("parse integrity catalog: signal thresholds and window must be positive")
	}
	return &c, nil
}

// FourEyes reports whether a route needs a second triage officer's confirmation.
func (c *Integrity) FourEyes(route string) bool { return slices.Contains(c.FourEyesRoutes, route) }
