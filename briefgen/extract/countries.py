"""The countries of the world by their Indonesian and English names: a closed class.

``Menlu Siprus``, ``PM Estonia``, ``Dubes Kirgistan``: a title followed by a country names the
office of that country, not a person called after it. The gazetteer (``lexicon.PLACES``) holds
the countries news names most; this table holds all of them (the UN's members and observers,
Kosovo and Taiwan), so that no country is ever taken for a person's name.
"""

from __future__ import annotations

from briefgen.extract.lexicon import PLACES, words

# One country a line: Indonesian name(s) | English name(s), alternatives separated by "/".
_TABLE = """
Afganistan | Afghanistan
Afrika Selatan | South Africa
Albania | Albania
Aljazair | Algeria
Amerika Serikat | United States / United States of America
Andorra | Andorra
Angola | Angola
Antigua dan Barbuda | Antigua and Barbuda
Arab Saudi | Saudi Arabia
Argentina | Argentina
Armenia | Armenia
Australia | Australia
Austria | Austria
Azerbaijan | Azerbaijan
Bahama | Bahamas
Bahrain | Bahrain
Bangladesh | Bangladesh
Barbados | Barbados
Belanda | Netherlands / Holland
Belarus | Belarus
Belgia | Belgium
Belize | Belize
Benin | Benin
Bhutan | Bhutan
Bolivia | Bolivia
Bosnia dan Herzegovina / Bosnia-Herzegovina | Bosnia and Herzegovina
Botswana | Botswana
Brasil | Brazil
Brunei Darussalam / Brunei | Brunei
Bulgaria | Bulgaria
Burkina Faso | Burkina Faso
Burundi | Burundi
Ceko / Republik Ceko | Czechia / Czech Republic
Chad | Chad
Chili | Chile
Denmark | Denmark
Dominika | Dominica
Republik Dominika | Dominican Republic
Ekuador | Ecuador
El Salvador | El Salvador
Eritrea | Eritrea
Estonia | Estonia
Eswatini / Swaziland | Eswatini / Swaziland
Etiopia | Ethiopia
Fiji | Fiji
Filipina | Philippines
Finlandia | Finland
Gabon | Gabon
Gambia | Gambia
Georgia | Georgia
Ghana | Ghana
Grenada | Grenada
Guatemala | Guatemala
Guinea | Guinea
Guinea-Bissau | Guinea-Bissau
Guinea Khatulistiwa | Equatorial Guinea
Guyana | Guyana
Haiti | Haiti
Honduras | Honduras
Hongaria / Hungaria | Hungary
India | India
Indonesia | Indonesia
Inggris / Britania Raya | United Kingdom / Britain / Great Britain / England
Irak | Iraq
Iran | Iran
Irlandia | Ireland
Islandia | Iceland
Israel | Israel
Italia | Italy
Jamaika | Jamaica
Jepang | Japan
Jerman | Germany
Jibuti / Djibouti | Djibouti
Kamboja | Cambodia
Kamerun | Cameroon
Kanada | Canada
Kazakhstan | Kazakhstan
Kenya | Kenya
Kirgistan / Kirgizstan | Kyrgyzstan
Kiribati | Kiribati
Kolombia | Colombia
Komoro | Comoros
Kongo / Republik Kongo | Congo / Republic of the Congo
Republik Demokratik Kongo | Democratic Republic of the Congo
Korea Selatan | South Korea
Korea Utara | North Korea
Kosovo | Kosovo
Kosta Rika | Costa Rica
Kroasia | Croatia
Kuba | Cuba
Kuwait | Kuwait
Laos | Laos
Latvia | Latvia
Lebanon / Libanon | Lebanon
Lesotho | Lesotho
Liberia | Liberia
Libya | Libya
Liechtenstein | Liechtenstein
Lituania | Lithuania
Luksemburg | Luxembourg
Madagaskar | Madagascar
Makedonia Utara / Makedonia | North Macedonia / Macedonia
Maladewa | Maldives
Malawi | Malawi
Malaysia | Malaysia
Mali | Mali
Malta | Malta
Maroko | Morocco
Marshall / Kepulauan Marshall | Marshall Islands
Mauritania | Mauritania
Mauritius | Mauritius
Meksiko | Mexico
Mesir | Egypt
Mikronesia | Micronesia
Moldova | Moldova
Monako | Monaco
Mongolia | Mongolia
Montenegro | Montenegro
Mozambik | Mozambique
Myanmar | Myanmar / Burma
Namibia | Namibia
Nauru | Nauru
Nepal | Nepal
Niger | Niger
Nigeria | Nigeria
Nikaragua | Nicaragua
Norwegia | Norway
Oman | Oman
Pakistan | Pakistan
Palau | Palau
Palestina | Palestine
Panama | Panama
Pantai Gading | Ivory Coast / Cote d'Ivoire
Papua Nugini | Papua New Guinea
Paraguay | Paraguay
Peru | Peru
Polandia | Poland
Portugal | Portugal
Prancis / Perancis | France
Qatar | Qatar
Republik Afrika Tengah | Central African Republic
Rumania / Romania | Romania
Rusia | Russia
Rwanda | Rwanda
Saint Kitts dan Nevis | Saint Kitts and Nevis
Saint Lucia | Saint Lucia
Saint Vincent dan Grenadine | Saint Vincent and the Grenadines
Samoa | Samoa
San Marino | San Marino
Sao Tome dan Principe | Sao Tome and Principe
Selandia Baru | New Zealand
Senegal | Senegal
Serbia | Serbia
Seychelles | Seychelles
Sierra Leone | Sierra Leone
Singapura | Singapore
Siprus | Cyprus
Slovakia | Slovakia
Slovenia | Slovenia
Solomon / Kepulauan Solomon | Solomon Islands
Somalia | Somalia
Spanyol | Spain
Sri Lanka | Sri Lanka
Sudan | Sudan
Sudan Selatan | South Sudan
Suriah | Syria
Suriname | Suriname
Swedia | Sweden
Swiss | Switzerland
Taiwan | Taiwan
Tajikistan | Tajikistan
Tanjung Verde | Cape Verde / Cabo Verde
Tanzania | Tanzania
Thailand | Thailand
Timor Leste / Timor-Leste | East Timor / Timor-Leste
Tiongkok / China | China
Togo | Togo
Tonga | Tonga
Trinidad dan Tobago | Trinidad and Tobago
Tunisia | Tunisia
Turki | Turkey / Turkiye
Turkmenistan | Turkmenistan
Tuvalu | Tuvalu
Uganda | Uganda
Ukraina | Ukraine
Uni Emirat Arab | United Arab Emirates
Uruguay | Uruguay
Uzbekistan | Uzbekistan
Vanuatu | Vanuatu
Vatikan / Takhta Suci | Vatican / Holy See
Venezuela | Venezuela
Vietnam | Vietnam / Viet Nam
Yaman | Yemen
Yordania | Jordan
Yunani | Greece
Zambia | Zambia
Zimbabwe | Zimbabwe
"""

COUNTRIES: frozenset[str] = frozenset(
    name.strip()
    for line in _TABLE.strip().splitlines()
    for side in line.split("|")
    for name in side.split("/")
    if name.strip()
)

# One-word countries that are also personal names (``Haiti`` of the police chief Badrodin Haiti,
# ``Chad``, ``Georgia``, ``Jordan``, ``Mali``): left to the context, as they may be either.
_GIVEN_NAMES = frozenset({"Chad", "Georgia", "Jordan", "Haiti", "Mali"})
# The words of the countries named in several words that are no personal name (``Sri``, ``Costa``,
# ``Raya``, ``Viet``, ``Suci``, ``Salvador`` are); the others' distinctive word is in the gazetteer.
_COUNTRY_PARTS = words(
    """Afrika Africa African Antigua Barbuda Bosnia Herzegovina Britania Britain Kingdom Burkina Faso
    Bissau Khatulistiwa Equatorial Emirates Arabia Macedonia Makedonia Tobago Nevis Kitts Grenadines
    Grenadine Principe Verde Cabo Ivory Ivoire Republik Republic Demokratik Democratic"""
)

# The gazetteer's place words, every one-word country and those parts: what the people passes take
# for a place inside a title (``Presiden Slovenia Natasa Pirc``: the name starts after the country).
PLACE_WORDS: frozenset[str] = (
    PLACES
    | _COUNTRY_PARTS
    | {c for c in COUNTRIES if " " not in c and "-" not in c and c not in _GIVEN_NAMES}
)
