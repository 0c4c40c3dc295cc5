package web

import "testing"

func TestSafeNext(t *testing.T) {
	cases := map[string]string{
		"/werkbak":                    "/werkbak",
		"/registraties/X?terug=a%3Db": "/registraties/X?terug=a%3Db",
		"/eenheden/DH/lijst.csv":      "/eenheden/DH/lijst.csv",
		"":                            "/",
		"werkbak":                     "/",
		"//evil.example":              "/",
		"/\t/evil.example":            "/",
		"/\n/evil.example":            "/",
		"/\r/evil.example":            "/",
		"/ /evil.example":             "/",
		"/\\evil.example":             "/",
		"/\\/evil.example":            "/",
		"/%2F%2Fevil.example":         "/",
		"https://evil.example/":       "/",
		"http:/evil.example":          "/",
		"javascript:alert(1)":         "/",
		"/\u00a0/evil.example":        "/",
		"/\u200b/evil.example":        "/",
		"/\x00":                       "/",
		"/\xff":                       "/",
		"/a\x7f":                      "/",
	}
	for in, want := range cases {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}
