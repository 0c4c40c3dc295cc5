package registration

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// FuzzCSVRecords checks the import's CSV reader against encoding/csv: on input that
// encoding/csv reads without error, both give the same records; on any input every
// physical line is accounted for, in a record or a malformed one.
func FuzzCSVRecords(f *testing.F) {
	f.Add("a,b,c\n1,\"x\ny\",3\n4,5,6\n")
	f.Add("a,b\n\"open,1\n2,3\n4,5\n")
	f.Add("a,b\r\n\"x\r\ny\",2\r\n,\n")
	f.Add("a,\"\"\"q\"\"\",c\n\n\nd,e,\n")
	f.Fuzz(func(t *testing.T, data string) {
		want, werr := func() ([][]string, error) {
			r := csv.NewReader(strings.NewReader(data))
			r.FieldsPerRecord = -1
			return r.ReadAll()
		}()
		cr := newCSVRecords(bufio.NewReader(strings.NewReader(data)))
		var got [][]string
		var bad bool
		for range 10000 {
			rec, _, err := cr.next()
			if errors.Is(err, io.EOF) {
				break
			}
			var ce *errCSV
			if errors.As(err, &ce) {
				bad = true
				continue
			} else if err != nil {
				t.Fatal(err)
			}
			got = append(got, rec)
		}
		if werr == nil && !bad && !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Fatalf("records of %q = %q, encoding/csv %q", data, got, want)
		}
		if werr == nil && bad && !strings.Contains(data, "\r") {
			t.Fatalf("%q: rejected a record that encoding/csv reads: %q", data, want)
		}
	})
}

// BenchmarkCSVRecords reads 20,000 records of import size with the import's reader and,
// as the reference, with encoding/csv.
func BenchmarkCSVRecords(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(strings.Join(Fields, ",") + "\n")
	for i := range 20000 {
		sb.WriteString("PL1500-2024" + strings.Repeat("0", 7) + ",aangifte,DH,Schilderswijk,F100,Belediging,2026-03-01,2026-03-01T14:30:00+01:00,Den Haag,\"")
		sb.WriteString(strings.Repeat("Aangever verklaarde dat de verdachte hem \"\"op straat\"\" uitschold, en dreigde. ", 10+i%20))
		sb.WriteString("\"\n")
	}
	data := sb.String()
	b.Run("stelsel", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			cr := newCSVRecords(bufio.NewReaderSize(strings.NewReader(data), 1<<20))
			for {
				if _, _, err := cr.next(); err != nil {
					break
				}
			}
		}
	})
	b.Run("encoding-csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			r := csv.NewReader(bufio.NewReaderSize(strings.NewReader(data), 1<<20))
			r.FieldsPerRecord = -1
			for {
				if _, err := r.Read(); err != nil {
					break
				}
			}
		}
	})
}
