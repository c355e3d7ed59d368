### Curriculum texts in so: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

# review: plain-language wording not yet read by a native speaker
curriculum-rmf1-01 = Maqaayad iyo cunto (sannadka 1aad)
# review: plain-language wording not yet read by a native speaker
curriculum-rh03-01 = Xirfadda nadiifinta
# review: plain-language wording not yet read by a native speaker
curriculum-alk = Dhaqanka shaqada
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-raw-materials = Alaabta ceeriin, wax soo saarka iyo tayada
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-working-life = Warshadda iyo nolosha shaqada
# review: plain-language wording not yet read by a native speaker
area-rh03-01-planning = Qorsheynta
# review: plain-language wording not yet read by a native speaker
area-rh03-01-cleaning = Nadiifinta
# review: plain-language wording not yet read by a native speaker
area-rh03-01-trade = Aqoonta xirfadda
# review: plain-language wording not yet read by a native speaker
area-alk-culture = Dhaqanka shaqada
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1 = Nadaafadda
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = Gacmaha dhaq, oo naftaada, cuntada iyo jikada nadiif ku hay sida sharciyadu yiraahdaan.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2 = Qalabka iyo mashiinnada
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = Isticmaal, isku xir oo nadiifi qalabka, mashiinnada iyo qolalka, si cuntadu u ammaan noqoto.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3 = Caafimaadka iyo badbaadada shaqada
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = Si badbaado leh u shaqee, si sax ah wax u qaad, oo xiro qalabka ilaalinta sida gacan-gashiga.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4 = Cunto ammaan ah
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = Ogow waxa cuntada ammaan ka dhiga: heerkul sax ah, muddada ay hayso iyo hubinta maalinlaha ah.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5 = Alaabta ceeriin
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = Eeg haddii alaabta ceeriin ay wanaagsan tahay, oo si sax ah u isticmaal.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6 = Habka karinta
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = Akhri habka karinta, qorshee shaqada, cuntada samee oo eeg haddii ay fiicnaatay.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7 = Dhaqanka cuntada
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = Samee cunto Norway ka timid, dhaqanka Saamiga iyo adduunka oo dhan.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8 = Cunto qof walba
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = Cunto u samee diimo iyo baahiyo kala duwan, oo ogow talooyinka cuntada caafimaadka leh.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9 = Baakadeynta iyo calaamadaynta cuntada
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = Baakadee cuntada oo ku qor calaamad magaca iyo taariikhda leh, sida sharciyadu yiraahdaan.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10 = Diyaarinta maqaaxida
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = Diyaari maqaaxida: buuxi miiska iibka, dhig miisaska oo nadiifi.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11 = Gargaarka degdegga ah
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = Caawi qof dhaawac ah ama jiran ilaa gargaarku ka imanayo.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12 = Adeegga iyo wadashaqeynta
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = La hadal macaamiisha iyo asxaabta shaqada, oo bixi adeeg wanaagsan.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13 = Dhinacyada suuqa shaqada
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = Ogow sida loo-shaqeeyayaasha, ururada shaqaalaha iyo dawladdu u wada shaqeeyaan.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1 = Qorshe ka samee sawirro
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = Akhri sawir ama sharaxaad, oo qorshee shaqada iyo waqtiga ay qaadanayso.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2 = Qalabka dijitaalka ah
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = Isticmaal tablet ama kombiyuutar si aad u qorsheyso oo u xisaabiso shaqada.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3 = Qorshaha nadiifinta
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = Eeg waxa u baahan nadiifin, samee qorshe oo sheeg waxaad samaysay.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4 = Habka saxda ah ee oog kasta
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = Dooro habka saxda ah ee lagu nadiifiyo saqafka, darbiyada, sagxadda iyo alaabta.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5 = Keydinta waqtiga iyo lacagta
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = Dooro habab shaqada si fiican u qabta oo aan waxba khasaarin.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6 = Qalab ammaan ah
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = Dooro qalab jidhka u fiican, arag khatarta oo xiro qalabka ilaalinta.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7 = Daryeelka oogaha
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = Daryeel oogaha si qolku u nadiif ahaado oo hawadu u fiicnaato.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8 = Si fudud u shaqee oo diiwaan geli
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = U shaqee si jidhkaaga u fiican, oo shaqada si dijitaal ah u diiwaan geli.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9 = Nadiifinta sagxadda iyo oogaha
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = Nadiifi oogaha jilicsan, dhexdhexaadka iyo adag sida qorshuhu yahay, oo eeg inay qurux badan yihiin.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10 = Kiimikooyinka iyo qalabka
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = Sharax sababta aad u dooratay saabuun, qalab iyo hab.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11 = Noocyada wasakhda
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = Eeg nooca wasakhda, si sax ah u nadiifi oo hubi natiijada.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12 = Mashiinnada iyo ka hortagga caabuqa
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = Isticmaal mashiinnada nadiifinta, u nadiifi si aad uga hortagto caabuqa, oo nadiifi kombiyuutarka iyo taleefanka.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13 = Cabbirka hawada gudaha
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = Isticmaal qalabka cabbirka si aad u hubiso in hawada gudaha ay fiican tahay.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14 = Nadiifinta kadib waxyeello
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = Nadiifi kadib biyo, dab ama waxyeello kale.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15 = Nadiifin joogto ah
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = Samee nadiifinta maalin kasta, toddobaad kasta iyo dhowr jeer sannadkii.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16 = Qashinka iyo walxaha khatarta ah
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = Kala sooc qashinka, oo u maamul kiimikooyinka khatarta ah sida sharciyadu yiraahdaan.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17 = Xeerarka badbaadada iyo adeegga macaamiisha
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = Raac xeerarka caafimaadka iyo badbaadada, oo la dhaqan macaamiisha si wanaagsan oo xirfad leh.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18 = Xeerarka iyo tayada
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = Sharax xeerarka caafimaadka iyo badbaadada, iyo sida tayada loo xaqiijiyo.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19 = Wadashaqeynta shaqada
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = Ka hadal sababta ay muhiim u tahay in goobta shaqada la wada shaqeeyo.
# review: plain-language wording not yet read by a native speaker
aim-alk-1 = Waxa shaqadu kaa filayso
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = Ogow waxa asxaabta iyo maamuluhu kaa filayaan, xitaa xeerarka aan qornayn.
# review: plain-language wording not yet read by a native speaker
aim-alk-2 = Xuquuqda iyo waajibaadka
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = Ogow xuquuqdaada iyo waajibaadkaaga shaqaale ahaan Norway.
# review: plain-language wording not yet read by a native speaker
aim-alk-3 = Shaqada iyo qoyska
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = Hel doorkaaga shaqada, iyo isu dheelitirka shaqada iyo nolosha gaarka ah.
# review: plain-language wording not yet read by a native speaker
aim-alk-4 = Taariikhda shaqada
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = Baro nolosha shaqada Norway hore iyo hadda, iyo sababta shaqadu muhiim ugu tahay qoyska iyo bulshada.
