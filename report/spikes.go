package report

import (
	"fmt"
	"math"
	"strings"
)

// SpikeMethod is the published method for signalling unusual counts in a monthly series,
// after the quasi-Poisson threshold of Farrington et al. (1996) as used in the R package
// surveillance, simplified for short monthly series:
//
//   - the baseline of month t is the Baseline months before it, leaving out the Guard
//     months just before t (so a rise that has begun does not raise its own baseline),
//     and never reaching back over a method break: a baseline starts at the latest break
//     at or before t;
//   - with fewer than MinBaseline baseline months there is no test;
//   - expected mu is the baseline mean; the dispersion phi is the baseline variance over
//     the mean, at least 1 (quasi-Poisson); the upper limit is mu + Z*sqrt(phi*max(mu,1));
//   - an alarm needs an observed count above the upper limit, and at least MinRecent
//     cases in the last RecentPeriods months (t included): fewer than 5 cases in 4
//     periods never alarm, as in Farrington's rule.
type SpikeMethod struct {
	Baseline, Guard, MinBaseline int
	Z                            float64
	MinRecent, RecentPeriods     int
}

// DefaultSpikeMethod is the method stelsel publishes: 12 baseline months, a guard of 1,
// at least 6 baseline months, Z = 2.58 (a one-sided 99.5% limit), and 5 cases in 4
// months.
var DefaultSpikeMethod = SpikeMethod{Baseline: 12, Guard: 1, MinBaseline: 6, Z: 2.58, MinRecent: 5, RecentPeriods: 4}

// Describe explains the method in Dutch, for every page that shows alarms.
func (m SpikeMethod) Describe() string {
	return fmt.Sprintf("Signaal als het aantal van een maand boven de bovengrens ligt: het verwachte aantal (gemiddelde van de %d maanden ervoor, "+
		"de laatste %d maand overgeslagen) plus %s keer de wortel van verwachting maal spreiding (quasi-Poisson, spreiding minstens 1). "+
		"Geen signaal met minder dan %d gevallen in de laatste %d maanden of met minder dan %d maanden basis; een basis loopt nooit over een methodebreuk heen. "+
		"Methode naar Farrington (quasi-Poisson), zoals in het R-pakket surveillance.",
		m.Baseline, m.Guard, strings.Replace(fmt.Sprint(m.Z), ".", ",", 1), m.MinRecent, m.RecentPeriods, m.MinBaseline)
}

// Alarm is one signalled month.
type Alarm struct {
	Index    int     `json:"index"`
	Period   string  `json:"periode"`
	Observed int     `json:"waargenomen"`
	Expected float64 `json:"verwacht"`
	Upper    float64 `json:"bovengrens"`
	// Explanation says it in words: "verwacht 12, bovengrens 20, waargenomen 31 in oktober 2025".
	Explanation string `json:"uitleg"`
}

// Detect returns the alarms of series counts with period labels. breaks are the indices
// at which a method break begins.
func (m SpikeMethod) Detect(counts []int, labels []string, breaks []int) []Alarm {
	var out []Alarm
	for t := range counts {
		start, end := t-m.Guard-m.Baseline, t-m.Guard
		for _, b := range breaks {
			if b <= t && b > start {
				start = b
			}
		}
		start = max(start, 0)
		if end-start < m.MinBaseline {
			continue
		}
		sum := 0.0
		for _, y := range counts[start:end] {
			sum += float64(y)
		}
		n := float64(end - start)
		mu := sum / n
		phi := 1.0
		if mu > 0 {
			v := 0.0
			for _, y := range counts[start:end] {
				v += (float64(y) - mu) * (float64(y) - mu)
			}
			phi = math.Max(1, v/(n-1)/mu)
		}
		upper := mu + m.Z*math.Sqrt(phi*math.Max(mu, 1))
		recent := 0
		for _, y := range counts[max(0, t-m.RecentPeriods+1) : t+1] {
			recent += y
		}
		if recent < m.MinRecent || float64(counts[t]) <= upper {
			continue
		}
		a := Alarm{Index: t, Period: labels[t], Observed: counts[t], Expected: mu, Upper: upper}
		a.Explanation = fmt.Sprintf("verwacht %s, bovengrens %s, waargenomen %d in %s", decimal(mu), decimal(upper), counts[t], labels[t])
		out = append(out, a)
	}
	return out
}

// decimal writes x the Dutch way: whole from 10 up, one decimal (with a comma) below.
func decimal(x float64) string {
	if x >= 10 {
		return fmt.Sprintf("%.0f", x)
	}
	return strings.Replace(fmt.Sprintf("%.1f", x), ".", ",", 1)
}
