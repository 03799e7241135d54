"""Units of measurement a data cell's value carries ("7°", "22 mph SW", "1013 hPa", "12 mm").

Used by newsbot.extraction.pagetype: a table or a grid of boxes whose cells are mostly values is data
(a forecast, a tide table, a results board), not a story. Symbols and abbreviations are international;
the words are English, German, French, Spanish, Portuguese, Italian, Dutch and Indonesian. Matching is
case-insensitive, on the whole remainder of a cell after its number.
"""

#: Temperature, share and angle signs written after a number ("7°", "9°C", "45 °F").
SIGNS = ["%", "°", "°c", "°f", "ºc", "ºf", "º", "℃", "℉", "‰"]

#: Speeds, pressures, lengths, volumes, masses, energies, times and other abbreviated units.
ABBREVIATIONS = [
    # speed
    "mph",
    "km/h",
    "kmh",
    "kph",
    "km/j",  # Indonesian km/jam
    "m/s",
    "kt",
    "kts",
    "kn",
    "knots",
    "bft",
    # pressure
    "hpa",
    "mb",
    "mbar",
    "inhg",
    "kpa",
    # length, precipitation, visibility, height
    "mm",
    "cm",
    "in",
    "m",
    "km",
    "mi",
    "ft",
    "yd",
    # volume, mass
    "l",
    "ml",
    "cl",
    "kg",
    "g",
    "lb",
    "lbs",
    "oz",
    "t",
    # energy, power, radiation, air quality
    "kwh",
    "mwh",
    "kw",
    "mw",
    "w",
    "uv",
    "µg/m³",
    "ug/m3",
    "aqi",
    "ppm",
    # durations ("12 min", "3 h")
    "h",
    "hrs",
    "min",
    "mins",
    "s",
    "sec",
]

#: Unit words written out ("22 knots", "12 Grad", "5 jam").
WORDS = [
    "degrees",
    "grad",
    "degrés",
    "grados",
    "graus",
    "gradi",
    "graden",
    "derajat",
    "percent",
    "per cent",
    "prozent",
    "pour cent",
    "por ciento",
    "por cento",
    "per cento",
    "procent",
    "persen",
    "hours",
    "minutes",
    "stunden",
    "minuten",
    "heures",
    "horas",
    "ore",
    "uur",
    "jam",
    "menit",
]

#: Compass points a wind's value may end with ("22 mph SW", "14 km/h NNO"): English, and the German,
#: Dutch, French, Spanish, Portuguese and Italian O/E for east.
COMPASS = [
    "n",
    "nne",
    "ne",
    "ene",
    "e",
    "ese",
    "se",
    "sse",
    "s",
    "ssw",
    "sw",
    "wsw",
    "w",
    "wnw",
    "nw",
    "nnw",
    "nno",
    "no",
    "ono",
    "o",
    "oso",
    "so",
    "sso",
]
