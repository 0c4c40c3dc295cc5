// Package stelsel holds what every part of the system shares and nothing else: the error
// type with its codes. The codes are mapped to HTTP statuses (web) and exit statuses (cmd)
// in one place each, so a user never sees a stack trace or an SQL error.
package stelsel

import (
	"errors"
	"fmt"
)

// Error codes, after Ben Johnson's WTF Dial.
const (
	ECONFLICT     = "conflict"     // the action conflicts with the current state
	EINTERNAL     = "internal"     // a failure the user cannot fix
	EINVALID      = "invalid"      // bad input; the message names the record and field
	ENOTFOUND     = "not_found"    // missing, or not visible to the actor (same answer)
	EUNAUTHORIZED = "unauthorized" // no valid login
	EFORBIDDEN    = "forbidden"    // logged in, but the role does not allow the action
	EUNAVAILABLE  = "unavailable"  // a service stelsel needs (the database) does not answer; try later
)

// Error is an application error with a code and a message safe to show to a user.
type Error struct {
	Code    string
	Message string
	// Field names the offending field for EINVALID, when there is one.
	Field string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an EINVALID error for field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other
// non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of err: the *Error's message, or a generic
// text for internal errors, whose details belong in the log only.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "interne fout"
}
