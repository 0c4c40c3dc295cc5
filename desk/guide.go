package desk

import (
	"slices"
	"sort"
)

// Answers are an employee's answers in the guided question flow. They are never stored
// or logged: Propose is pure computation, and the web page takes them as a GET form.
type Answers struct {
	Topic     string // what happened: a code of Data.Topics
	Need      string // what the employee needs: a code of Data.Needs
	Manager   bool   // it concerns the employee's own manager
	Anonymous bool   // the employee wants to stay anonymous
	Unit      string // where the employee works, for desks that exist in some units only
}

// Empty reports whether nothing was answered yet.
func (a Answers) Empty() bool { return a.Topic == "" && a.Need == "" }

// Proposal is a fitting desk with the reasons it fits and the points to know.
type Proposal struct {
	Desk  Desk
	Score int
	Why   []string // why it fits
	Mind  []string // what to know before going (no anonymity, reports what it hears, ...)
}

// Propose returns the desks that fit the answers, best first, at most max (0: 5).
// It leaves out the manager when the matter concerns them, desks that do not exist in
// the employee's unit, and desks that fit neither the topic nor the need.
func (d *Data) Propose(desks []Desk, a Answers, max int) []Proposal {
	if max <= 0 {
		max = 5
	}
	var themes []string
	for _, t := range d.Topics {
		if t.Code == a.Topic {
			themes = t.Themes
		}
	}
	var out []Proposal
	for _, k := range desks {
		if !k.AvailableIn(a.Unit) || (a.Manager && k.Code == "leidinggevende") {
			continue
		}
		p := Proposal{Desk: k}
		for _, t := range k.Themes {
			if slices.Contains(themes, t) {
				p.Score += 3
				p.Why = append(p.Why, "gaat over: "+d.ThemeLabel(t))
				break
			}
		}
		if a.Need != "" && slices.Contains(k.Needs, a.Need) {
			p.Score += 2
			p.Why = append(p.Why, "biedt: "+d.NeedLabel(a.Need))
		}
		if a.Topic == "weet_niet" && k.Code == "sociaal_loket" {
			p.Score += 4
			p.Why = append(p.Why, "helpt u uw vraag eerst concreet te maken")
		}
		if p.Score == 0 {
			continue
		}
		if a.Anonymous {
			if k.Anonymous {
				p.Score++
				p.Why = append(p.Why, "u kunt hier anoniem blijven")
			} else {
				p.Mind = append(p.Mind, "anoniem blijven kan hier niet; wel vertrouwelijk zoals hieronder staat")
			}
		}
		if k.Confidentiality == "meldplicht" {
			p.Mind = append(p.Mind, "wat u vertelt over een integriteitsschending of strafbaar feit wordt doorgegeven")
		}
		if !k.Internal {
			p.Mind = append(p.Mind, "dit loket staat buiten de politie")
		}
		if !k.Everywhere() {
			p.Mind = append(p.Mind, "bestaat alleen in een deel van de eenheden")
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Desk.Order < out[j].Desk.Order
	})
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// Reporting reports whether the answers ask for a report, so the guide offers the
// integrity intake.
func (a Answers) Reporting() bool {
	return a.Need == "melden" && slices.Contains([]string{"integriteit", "omgang", "discriminatie", "misstand"}, a.Topic)
}
