package web

import (
	"net/url"
	"strings"

	"stelsel/access"
)

// allTeams is the value of the basisteam filter that shows the whole unit.
const allTeams = "alle"

// listTeam returns the basisteam a unit list is filtered on: the one asked for, none
// for "alle", and without a choice the officer's own basisteam (who sees only the coded
// list) or none for everyone else.
func listTeam(a access.Actor, q url.Values) string {
	if q.Has("basisteam") {
		if t := strings.TrimSpace(q.Get("basisteam")); t != allTeams {
			return t
		}
		return ""
	}
	if !a.Has(access.ReadUnitList) && a.Has(access.ReadCodedOnly) {
		return a.Team
	}
	return ""
}

// Href is the link to a registration of the list, which leads back to the list with
// its filter.
func (p unitListPage) Href(number string) string {
	v := url.Values{"reden": {"eenheidslijst"}}
	if p.query != "" {
		v.Set("lijst", p.query)
	}
	return "/registraties/" + url.PathEscape(number) + "?" + v.Encode()
}

// listBack returns the unit list a registration page leads back to: the list of unit
// with the filter in lijst (only its own fields), for whoever came from it or can only
// reach registrations through it (the basisteam officer, who has no queue).
func listBack(a access.Actor, q url.Values, unit string) string {
	if !q.Has("lijst") && q.Get("reden") != "eenheidslijst" && (a.Has(access.ReadQueue) || !a.Has(access.ReadCodedOnly)) {
		return ""
	}
	if !a.CanUnit(access.ReadUnitList, unit) && !a.CanUnit(access.ReadCodedOnly, unit) {
		return ""
	}
	in, _ := url.ParseQuery(q.Get("lijst"))
	keep := url.Values{}
	for _, k := range []string{"van", "tot", "basisteam"} {
		if v := in.Get(k); v != "" {
			keep.Set(k, v)
		}
	}
	h := "/eenheden/" + url.PathEscape(unit)
	if len(keep) > 0 {
		h += "?" + keep.Encode()
	}
	return h
}
