# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: setting up the café.
# Short, plain sentences: many trainees are just learning to read.

## First-run setup
setup-title = Velkommen til Mestre
setup-intro = Først lager vi kafeen og den første veilederen.
setup-cafe-name = Navn på kafeen
setup-country = Land
country-no = Norge
country-se = Sverige
setup-mentor-name = Ditt navn
setup-mentor-password = Passord
setup-password-rule = Minst { $min } tegn.
setup-submit = Opprett kafeen
form-name-missing = Skriv et navn.
form-password-short = Passordet må ha minst { $min } tegn.
