package access_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"stelsel/access"
)

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	hexKey := strings.Repeat("ab", 32)
	write := func(name, content string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "K" {
				return v
			}
			return ""
		}
	}
	cases := []struct {
		name, file string
		getenv     func(string) string
		ok         bool
	}{
		{"file", write("good", hexKey+"\n", 0o600), env(""), true},
		{"file wins over env", write("good2", hexKey, 0o600), env("kort"), true},
		{"env hex", "", env(hexKey), true},
		{"env base64", "", env("q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s="), true},
		{"missing", "", env(""), false},
		{"too short", "", env("abcd"), false},
		{"not hex or base64", "", env("dit is geen sleutel!"), false},
		{"world-readable file", write("open", hexKey, 0o644), env(""), false},
		{"no such file", filepath.Join(dir, "nope"), env(hexKey), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			key, err := access.LoadKey("test", "K", c.file, c.getenv)
			if (err == nil) != c.ok || (c.ok && len(key) != 32) {
				t.Errorf("LoadKey = %x, %v; want ok %v", key, err, c.ok)
			}
		})
	}
	// The demo's key file is made once and then reused.
	p := filepath.Join(dir, "sub", "audit.key")
	k1, err := access.EnsureKeyFile(p)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := access.EnsureKeyFile(p)
	if err != nil || string(k1) != string(k2) || len(k1) != access.MinKeyBytes {
		t.Errorf("EnsureKeyFile twice = %x, %x, %v; want the same key", k1, k2, err)
	}
}
