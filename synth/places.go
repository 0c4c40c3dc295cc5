package synth

// Municipalities served by each basisteam of the catalog. A team the table does not know
// (the catalog is data and may grow) falls back to its unit's list, and a unit the table
// does not know to the team's own name.
var teamMunicipalities = map[string][]string{
	"Groningen-Stad":              {"Groningen"},
	"Fryslân-Noord":               {"Noardeast-Fryslân", "Dantumadiel", "Waadhoeke", "Achtkarspelen"},
	"Drenthe-Zuid":                {"Emmen", "Coevorden", "Hoogeveen"},
	"Leeuwarden":                  {"Leeuwarden"},
	"Arnhem":                      {"Arnhem", "Rheden", "Renkum"},
	"Nijmegen-Noord":              {"Nijmegen", "Lingewaard"},
	"Enschede":                    {"Enschede", "Haaksbergen"},
	"Zwolle":                      {"Zwolle", "Kampen"},
	"Apeldoorn":                   {"Apeldoorn", "Epe"},
	"Utrecht-Centrum":             {"Utrecht"},
	"Utrecht-Overvecht":           {"Utrecht"},
	"Amersfoort":                  {"Amersfoort", "Leusden", "Soest"},
	"Almere":                      {"Almere"},
	"Lelystad":                    {"Lelystad", "Dronten"},
	"Haarlem":                     {"Haarlem", "Bloemendaal", "Zandvoort"},
	"Zaanstad":                    {"Zaanstad", "Wormerland", "Oostzaan"},
	"Alkmaar":                     {"Alkmaar", "Heiloo", "Bergen (NH)"},
	"Den Helder":                  {"Den Helder", "Texel"},
	"Hilversum":                   {"Hilversum", "Gooise Meren", "Huizen"},
	"Centrum-Burgwallen":          {"Amsterdam"},
	"Oost":                        {"Amsterdam", "Diemen"},
	"Zuidoost":                    {"Amsterdam", "Ouder-Amstel"},
	"Nieuw-West":                  {"Amsterdam"},
	"Noord":                       {"Amsterdam", "Landsmeer"},
	"Haagse Hout":                 {"'s-Gravenhage", "Leidschendam-Voorburg"},
	"Schilderswijk":               {"'s-Gravenhage"},
	"Leiden":                      {"Leiden", "Leiderdorp", "Oegstgeest"},
	"Zoetermeer":                  {"Zoetermeer"},
	"Delft":                       {"Delft", "Midden-Delfland"},
	"Rotterdam-Centrum":           {"Rotterdam"},
	"Rotterdam-Zuid":              {"Rotterdam", "Barendrecht"},
	"Dordrecht":                   {"Dordrecht", "Zwijndrecht", "Papendrecht"},
	"Schiedam":                    {"Schiedam", "Vlaardingen"},
	"Spijkenisse":                 {"Nissewaard", "Voorne aan Zee"},
	"Breda":                       {"Breda"},
	"Tilburg":                     {"Tilburg", "Goirle"},
	"Middelburg":                  {"Middelburg", "Vlissingen", "Veere"},
	"Bergen op Zoom":              {"Bergen op Zoom", "Woensdrecht"},
	"Roosendaal":                  {"Roosendaal", "Halderberge"},
	"Eindhoven":                   {"Eindhoven", "Veldhoven"},
	"'s-Hertogenbosch":            {"'s-Hertogenbosch", "Vught"},
	"Helmond":                     {"Helmond", "Laarbeek"},
	"Oss":                         {"Oss", "Maashorst"},
	"Maastricht":                  {"Maastricht", "Eijsden-Margraten"},
	"Heerlen":                     {"Heerlen", "Kerkrade"},
	"Venlo":                       {"Venlo", "Beesel"},
	"Roermond":                    {"Roermond", "Roerdalen"},
	"Sittard":                     {"Sittard-Geleen", "Beek"},
	"Dienst Infrastructuur":       {"Utrecht", "Amsterdam", "Rotterdam", "Zwolle", "Eindhoven", "Amersfoort"},
	"Dienst Landelijke Recherche": {"Utrechtse Heuvelrug", "Zoetermeer", "Rotterdam"},
}

// unitNumbers are the two digits after "PL" in a registration number, after the police's
// own numbering of the regional units.
var unitNumbers = map[string]string{
	"NN": "01", "ON": "04", "MN": "09", "NH": "12", "AM": "13", "DH": "15",
	"RT": "17", "ZWB": "20", "OB": "21", "LB": "23", "LE": "27",
}

// unitWeights is roughly each unit's share of all registrations.
var unitWeights = map[string]float64{
	"NN": 10, "ON": 18, "MN": 12, "NH": 8, "AM": 12, "DH": 12,
	"RT": 12, "ZWB": 8, "OB": 7, "LB": 6, "LE": 1,
}
