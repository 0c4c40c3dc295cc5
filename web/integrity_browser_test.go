package web_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"stelsel/db/dbtest"
)

// TestBrowserIntegrity: an anonymous report through /melden, the code, a question from
// VIK, the answer through /melden/postbus; a criminal investigator who cannot reach the
// disciplinary dossier by any link or URL; a manager of another team who cannot see the
// case.
func TestBrowserIntegrity(t *testing.T) {
	var v vikCases
	e := newEnv(t, dbtest.SQLite(t), withIntegrity(t, &v))
	base := e.server.URL

	anon := browser(t)
	must(t, "report", chromedp.Do(anon, chromedp.Navigate(base+"/melden"), chromedp.WaitVisible(css("#m-omschrijving")),
		chromedp.SetValue(css("#m-eenheid"), "DH"),
		chromedp.SendKeys(css("#m-omschrijving"), "Een collega neemt beslag in bewaring mee naar huis."),
		chromedp.Submit(css("#m-omschrijving")),
		chromedp.WaitVisible(css("#code"))))
	code := strings.TrimSpace(text(t, anon, "#code"))
	if !regexp.MustCompile(`^\d{4}( \d{4}){4}$`).MatchString(code) {
		t.Fatalf("receipt code shown as %q", code)
	}
	number := regexp.MustCompile(`VIK-\d{4}-DH-\d{5}`).FindString(text(t, anon, "main"))
	if number == "" {
		t.Fatalf("no case number on the receipt page")
	}

	vik := browser(t)
	must(t, "question", chromedp.Do(vik, loginSteps(base, "meldpunt"), chromedp.Navigate(base+"/integriteit/zaken/"+number),
		chromedp.WaitVisible(css("#a-bericht")),
		chromedp.SendKeys(css("#a-bericht"), "Om welk beslag gaat het?"),
		chromedp.Submit(css("#a-bericht")),
		chromedp.WaitVisible(css("p.melding"))))

	must(t, "postbox", chromedp.Do(anon, chromedp.Navigate(base+"/melden/postbus"), chromedp.WaitVisible(css("#p-code")),
		chromedp.SendKeys(css("#p-code"), code), chromedp.Submit(css("#p-code")), chromedp.WaitVisible(css(".berichten"))))
	if m := text(t, anon, ".berichten"); !strings.Contains(m, "Om welk beslag gaat het?") {
		t.Errorf("postbox shows %q, want VIK's question", m)
	}
	must(t, "answer", chromedp.Do(anon, chromedp.SendKeys(css("#p-tekst"), "Drie telefoons uit de kluis."), chromedp.Submit(css("#p-tekst")),
		chromedp.WaitVisible(css("p.melding"))))
	waitText(t, anon, ".berichten", "Drie telefoons uit de kluis.")
	if m := text(t, anon, ".berichten"); !strings.Contains(m, "Drie telefoons uit de kluis.") {
		t.Errorf("postbox after answering shows %q", m)
	}
	// A wrong code: the same answer as any other wrong code.
	must(t, "wrong code", chromedp.Do(anon, chromedp.Navigate(base+"/melden/postbus"), chromedp.WaitVisible(css("#p-code")),
		chromedp.SendKeys(css("#p-code"), "1111 2222 3333 4444 5555"), chromedp.Submit(css("#p-code")), chromedp.WaitVisible(css("p.fout"))))
	must(t, "case page", chromedp.Do(vik, chromedp.Navigate(base+"/integriteit/zaken/"+number), chromedp.WaitVisible(css(".berichten"))))
	if m := text(t, vik, ".berichten"); !strings.Contains(m, "Drie telefoons uit de kluis.") {
		t.Errorf("intake sees postbox %q, want the reporter's answer", m)
	}

	// The criminal investigator: no disciplinary dossier by link or URL.
	crim := browser(t)
	must(t, "criminal", chromedp.Do(crim, loginSteps(base, "recherche"), chromedp.Navigate(base+"/integriteit/zaken/"+v.full), chromedp.WaitVisible(css("main"))))
	page := text(t, crim, "main")
	if strings.Contains(page, "GEHEIM-DISCIPLINAIR") || strings.Contains(page, "Disciplinair") || !strings.Contains(page, "GEHEIM-STRAFRECHTELIJK") {
		t.Errorf("criminal investigator's case page:\n%s", page)
	}
	links, err := chromedp.Run(crim, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a[href], form[action]')).map(e => e.getAttribute('href') || e.getAttribute('action'))`))
	must(t, "links", err)
	for _, l := range links {
		if strings.Contains(l, fmt.Sprintf("/bijlagen/%d", v.discAttachment)) || strings.Contains(l, "disciplinair") {
			t.Errorf("criminal investigator's page links to %s", l)
		}
	}
	must(t, "disciplinary attachment", chromedp.Do(crim, chromedp.Navigate(fmt.Sprintf("%s/integriteit/zaken/%s/bijlagen/%d", base, v.full, v.discAttachment)), chromedp.WaitVisible(css("main"))))
	got := text(t, crim, "main")
	must(t, "missing attachment", chromedp.Do(crim, chromedp.Navigate(fmt.Sprintf("%s/integriteit/zaken/%s/bijlagen/%d", base, v.full, 999999)), chromedp.WaitVisible(css("main"))))
	if gone := text(t, crim, "main"); !strings.Contains(got, "Niet gevonden") || got != gone {
		t.Errorf("disciplinary attachment for the criminal investigator: %q, want what a missing one shows (%q)", got, gone)
	}

	// A manager of another team: the case is not there.
	other := browser(t)
	must(t, "other manager", chromedp.Do(other, loginSteps(base, "leiding.ander"), chromedp.Navigate(base+"/integriteit/zaken/"+v.full), chromedp.WaitVisible(css("main"))))
	got = text(t, other, "main")
	must(t, "missing case", chromedp.Do(other, chromedp.Navigate(base+"/integriteit/zaken/VIK-2026-DH-99999"), chromedp.WaitVisible(css("main"))))
	if gone := text(t, other, "main"); !strings.Contains(got, "Niet gevonden") || strings.ReplaceAll(got, v.full, "VIK-2026-DH-99999") != gone {
		t.Errorf("other team's manager sees %q, want what a missing case shows (%q)", got, gone)
	}
	// The own team's manager sees the functioning track only.
	own := browser(t)
	must(t, "own manager", chromedp.Do(own, loginSteps(base, "leiding"), chromedp.Navigate(base+"/integriteit/zaken/"+v.full), chromedp.WaitVisible(css("main"))))
	if p := text(t, own, "main"); !strings.Contains(p, "Spoor: Functioneren") || strings.Contains(p, "GEHEIM") || strings.Contains(p, "Spoor: Disciplinair") {
		t.Errorf("own team's manager's page:\n%s", p)
	}
}
