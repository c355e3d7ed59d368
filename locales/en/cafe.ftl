# Mestre — English.
# This file: setting up the café.

## First-run setup
setup-title = Welcome to Mestre
setup-intro = First we create the café and the first mentor.
setup-cafe-name = Name of the café
setup-country = Country
country-no = Norway
country-se = Sweden
setup-mentor-name = Your name
setup-mentor-password = Password
setup-password-rule = At least { $min } characters.
setup-submit = Create the café
form-name-missing = Write a name.
form-password-short = The password needs at least { $min } characters.
