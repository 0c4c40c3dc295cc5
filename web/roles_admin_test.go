package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestAdminDisableNeedsConfirmation is issue 7 item 14 (administrator): disabling an
// account is confirmed on a page that says its tokens are revoked for good, and units
// are chosen from the catalog.
func TestAdminDisableNeedsConfirmation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		e := newEnv(t, d)
		token := e.token("rick")
		admin := e.login("beheer")
		r := admin.get("/beheer/gebruikers")
		if !strings.Contains(r.body, `href="/beheer/gebruikers/rick/uitschakelen"`) || strings.Contains(r.body, `action="/beheer/gebruikers/rick/uitschakelen"`) {
			t.Errorf("the user list disables at once instead of leading to a confirmation")
		}
		// Units from the catalog: a select with the unit's name, no free text.
		if !strings.Contains(r.body, `<option value="DH" selected>Den Haag</option>`) || strings.Contains(r.body, `<input name="eenheden"`) ||
			strings.Contains(r.body, `<input id="n-eenheden"`) {
			t.Errorf("units are not chosen from the catalog")
		}
		for _, step := range []struct {
			name string
			resp response
		}{
			{"the confirmation page", admin.get("/beheer/gebruikers/rick/uitschakelen")},
			{"a POST without confirmation", admin.post("/beheer/gebruikers/rick/uitschakelen", nil)},
		} {
			if step.resp.code != http.StatusOK || !strings.Contains(step.resp.body, "definitief ingetrokken") || !strings.Contains(step.resp.body, "1 API-token") ||
				!strings.Contains(step.resp.body, `name="bevestigd" value="ja"`) {
				t.Errorf("%s = %d, want the consequences (1 API-token revoked for good) and a confirm button:\n%s", step.name, step.resp.code, step.resp.body)
			}
			if u, _ := e.deps.Users.ByUsername(ctx, access.System("t"), "rick"); u.Disabled {
				t.Fatalf("%s disabled the account", step.name)
			}
		}
		if r := e.api(token, "GET", "/api/v1/me", nil); r.code != http.StatusOK {
			t.Fatalf("the token stopped working before the confirmation: %d", r.code)
		}
		if r := admin.get("/beheer/gebruikers/niemand/uitschakelen"); r.code != http.StatusNotFound {
			t.Errorf("confirmation page of a missing account = %d, want 404", r.code)
		}
		if r := admin.post("/beheer/gebruikers/rick/uitschakelen", url.Values{"bevestigd": {"ja"}}); r.code != http.StatusSeeOther {
			t.Fatalf("confirmed disable = %d", r.code)
		}
		if u, _ := e.deps.Users.ByUsername(ctx, access.System("t"), "rick"); !u.Disabled {
			t.Errorf("the confirmed disable did not disable")
		}
		if r := e.api(token, "GET", "/api/v1/me", nil); r.code != http.StatusUnauthorized {
			t.Errorf("the token of a disabled account = %d, want 401", r.code)
		}
		if r := admin.post("/beheer/gebruikers/rick/inschakelen", nil); r.code != http.StatusSeeOther {
			t.Fatal("enable failed")
		}
		if r := e.api(token, "GET", "/api/v1/me", nil); r.code != http.StatusUnauthorized {
			t.Errorf("enabling again gave the token back: %d", r.code)
		}

		// An officer's basisteam from the catalog's basisteams of the unit.
		if r := admin.post("/beheer/gebruikers", url.Values{"gebruikersnaam": {"olga"}, "rol": {"basisteam"}, "eenheden": {"DH"}, "basisteam": {"Delft"}}); r.code != http.StatusOK {
			t.Fatalf("add officer with basisteam = %d", r.code)
		}
		if u, _ := e.deps.Users.ByUsername(ctx, access.System("t"), "olga"); u.Team != "Delft" {
			t.Errorf("basisteam = %q, want Delft", u.Team)
		}
		if r := admin.post("/beheer/gebruikers", url.Values{"gebruikersnaam": {"otto"}, "rol": {"basisteam"}, "eenheden": {"DH"}, "basisteam": {"Oost"}}); r.code != http.StatusUnprocessableEntity ||
			!strings.Contains(r.body, "hoort niet bij de gekozen eenheid") {
			t.Errorf("a basisteam of another unit = %d, want 422", r.code)
		}
		if r := admin.get("/beheer/gebruikers"); !strings.Contains(r.body, `<optgroup label="Den Haag"><option value="Haagse Hout">Haagse Hout</option>`) {
			t.Errorf("the basisteam is not chosen from the catalog")
		}
		// Several units from the multiple select; an unknown code is refused by name.
		if r := admin.post("/beheer/gebruikers", url.Values{"gebruikersnaam": {"rita"}, "rol": {"rechercheur"}, "eenheden": {"DH", "AM"}}); r.code != http.StatusOK {
			t.Fatalf("add with two units = %d", r.code)
		}
		if u, _ := e.deps.Users.ByUsername(ctx, access.System("t"), "rita"); strings.Join(u.Units, ",") != "DH,AM" {
			t.Errorf("units = %v, want DH,AM", u.Units)
		}
		if r := admin.post("/beheer/gebruikers/rita/rol", url.Values{"rol": {"rechercheur"}, "eenheden": {"XX"}}); r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, `onbekende eenheid &#34;XX&#34;`) {
			t.Errorf("unknown unit = %d, want 422 naming it", r.code)
		}
	})
}

func init() {
	axePages = append(axePages, axePage{"beheer", "/beheer/gebruikers/rick/uitschakelen"})
}
