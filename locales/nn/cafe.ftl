# Mestre — Norsk nynorsk.
# This file: setting up the café.

## First-run setup
setup-title = Velkomen til Mestre
setup-intro = Først lagar vi kafeen og den første rettleiaren.
setup-cafe-name = Namnet på kafeen
setup-country = Land
country-no = Noreg
country-se = Sverige
setup-mentor-name = Namnet ditt
setup-mentor-password = Passord
setup-password-rule = Minst { $min } teikn.
setup-submit = Opprett kafeen
form-name-missing = Skriv eit namn.
form-password-short = Passordet må ha minst { $min } teikn.
