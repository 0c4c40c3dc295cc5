package web_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes checks that every API route in routes.go is documented.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	b, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	routes, err := os.ReadFile("routes.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(routes), "\n") {
		i := strings.Index(line, `"GET /api/v1/`)
		if i < 0 {
			i = strings.Index(line, `"POST /api/v1/`)
		}
		if i < 0 {
			continue
		}
		pattern := line[i+1:]
		pattern = pattern[:strings.Index(pattern, `"`)]
		method, path, _ := strings.Cut(pattern, " ")
		path = strings.TrimPrefix(path, "/api/v1")
		if path == "/openapi.json" {
			continue
		}
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("route %s is not in openapi.json", pattern)
		}
	}
}
