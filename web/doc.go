// Package web is stelsel over HTTP: the Dutch pages (server-rendered with html/template,
// htmx for partial updates, every core flow also without JavaScript), the JSON API under
// /api/v1 with its OpenAPI document, login (password and OIDC), health and metrics.
//
// All routes are in routes.go; error codes map to HTTP statuses in errors.go only. The
// handlers hold no rules of their own: they parse the request, call a domain service with
// the acting user, and render the answer. Permission checks happen in the services; the
// checks here only pick the page or give a friendlier answer earlier. web must never be
// imported by a domain package.
package web
