# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: setting up the café.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## First-run setup
setup-title = Bi xêr hatî Mestre
setup-intro = Pêşî em kafeyê û rêberê yekem çêdikin.
setup-cafe-name = Navê kafeyê
setup-country = Welat
country-no = Norwêc
country-se = Swêd
setup-mentor-name = Navê te
setup-mentor-password = Şîfre
setup-password-rule = Herî kêm { $min } tîp.
setup-submit = Kafeyê çêke
form-name-missing = Navekî binivîse.
form-password-short = Divê şîfre herî kêm { $min } tîp be.
