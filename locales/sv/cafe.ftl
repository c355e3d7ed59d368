# Mestre — Svenska.
# This file: setting up the café.

## First-run setup
setup-title = Välkommen till Mestre
setup-intro = Först skapar vi kaféet och den första handledaren.
setup-cafe-name = Kaféets namn
setup-country = Land
country-no = Norge
country-se = Sverige
setup-mentor-name = Ditt namn
setup-mentor-password = Lösenord
setup-password-rule = Minst { $min } tecken.
setup-submit = Skapa kaféet
form-name-missing = Skriv ett namn.
form-password-short = Lösenordet måste ha minst { $min } tecken.
