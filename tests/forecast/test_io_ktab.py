"""KTAB CSV/XML reading: good files parse, bad ones name file, line and field."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.forecast import Stakeholders
from accord.io.ktab import parse_ktab_csv, parse_ktab_xml, read_ktab
from accord.io.stakeholders import load_stakeholders

DATA = Path(__file__).resolve().parent / "data"

XML = """<?xml version="1.0" encoding="UTF-8"?>
<Scenario>
  <name>T</name><desc>test</desc><prngSeed>42</prngSeed>
  <ModelParameters>
    <VictoryProbModel>Square</VictoryProbModel><PCEModel>Conditional</PCEModel>
    <StateTransitions>Deterministic</StateTransitions><VotingRule>PropCbc</VotingRule>
    <BigRAdjust>Half</BigRAdjust><BigRRange>Max</BigRRange>
    <ThirdPartyCommit>FullCommit</ThirdPartyCommit><InterVecBrgn>S1P1</InterVecBrgn>
    <BargnModel>PWCompInterp</BargnModel>
  </ModelParameters>
  <Dimensions><dName>A</dName><dName>B</dName></Dimensions>
  <Actors>
    <Actor><name>X</name><description>x</description><capability>10</capability>
      <Position><dCoord>10</dCoord><dCoord>20</dCoord></Position>
      <Salience><dSal>30</dSal><dSal>40</dSal></Salience></Actor>
    <Actor><name>Y</name><description>y</description><capability>20</capability>
      <Position><dCoord>60</dCoord><dCoord>70</dCoord></Position>
      <Salience><dSal>50</dSal><dSal>10</dSal></Salience></Actor>
    <Actor><name>Z</name><description>z</description><capability>5</capability>
      <Position><dCoord>90</dCoord><dCoord>0</dCoord></Position>
      <Salience><dSal>20</dSal><dSal>20</dSal></Salience></Actor>
  </Actors>
  <IdealAdjustment>
    <iaPair><adjustingIdeal>X</adjustingIdeal><referencePos>X</referencePos>
      <adjust>0.5</adjust></iaPair>
  </IdealAdjustment>
</Scenario>
"""


def test_csv_parses_names_scale_and_saliences():
    s = read_ktab(DATA / "tiny.csv").stakeholders
    assert s.names == ("North", "South", "East")
    assert s.dimensions == ("Tax", "Spend")
    np.testing.assert_allclose(s.salience[0], [0.5, 0.4])
    np.testing.assert_allclose(s.position[:, 0], [20, 80, 50])


def test_xml_parses_parameters_and_accommodation():
    sc = parse_ktab_xml(XML)
    assert sc.seed == 42 and sc.stakeholders.names == ("X", "Y", "Z")
    assert sc.options.victory.value == "Square" and sc.options.bargain.value == "PWCompInterp"
    np.testing.assert_allclose(np.diag(sc.options.accommodation), [0.5, 1, 1])


def test_load_stakeholders_dispatches_on_suffix(tmp_path):
    assert isinstance(load_stakeholders(DATA / "tiny.csv"), Stakeholders)
    other = tmp_path / "s.txt"
    other.write_text("x")
    with pytest.raises(AccordInputError, match="format"):
        load_stakeholders(other)
    with pytest.raises(AccordInputError, match="no such file"):
        load_stakeholders(tmp_path / "missing.csv")


@pytest.mark.parametrize("text, line, field", [
    ("T,d,3,x,\n", 1, "#dimensions"),
    ("T,d,2,1,\nActor,Desc,Power,P1,S1,\nA,a,10,50,40,\nB,b,ten,50,40,\n", 4, "Power"),
    ("T,d,2,1,\nActor,Desc,Power,P1,S1,\nA,a,10,150,40,\nB,b,1,50,40,\n", 3, "P1"),
    ("T,d,2,1,\nActor,Desc,Power,P1,S1,\nA,a,10,50,40,\n", 4, None),
    ("T,d,2,1,\nActor,Desc,Power,P1,S1,\nA,a,10,50,\nB,b,1,50,40,\n", 3, None),
])
def test_bad_csv_names_line_and_field(text, line, field):
    with pytest.raises(AccordInputError) as err:
        parse_ktab_csv(text, file="bad.csv")
    assert err.value.file == "bad.csv" and err.value.line == line and err.value.field == field


@pytest.mark.parametrize("old, new, field", [
    ("<dCoord>20</dCoord>", "<dCoord>abc</dCoord>", "dCoord"),
    ("<dSal>40</dSal>", "<dSal>140</dSal>", "dSal"),
    ("<referencePos>X</referencePos>", "<referencePos>Q</referencePos>", "referencePos"),
    ("<BargnModel>PWCompInterp</BargnModel>", "<BargnModel>Magic</BargnModel>", "BargnModel"),
    ("<capability>20</capability>", "", "capability"),
])
def test_bad_xml_names_line_and_field(old, new, field):
    with pytest.raises(AccordInputError) as err:
        parse_ktab_xml(XML.replace(old, new, 1), file="bad.xml")
    assert err.value.field == field and err.value.line is not None


def test_xml_rejects_dtd_and_entities():
    evil = XML.replace("<Scenario>", '<!DOCTYPE s [<!ENTITY e "boom">]>\n<Scenario>', 1)
    with pytest.raises(AccordInputError, match="forbidden"):
        parse_ktab_xml(evil)


def test_malformed_xml_has_a_line():
    with pytest.raises(AccordInputError) as err:
        parse_ktab_xml(XML.replace("</Actors>", "", 1))
    assert err.value.line is not None
