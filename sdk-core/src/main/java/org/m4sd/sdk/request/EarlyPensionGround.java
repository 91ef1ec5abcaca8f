package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A ground that opens an early (anticipated) old-age pension before the pensionable age, as the national sources
 * name it. The rule pack says which grounds open which early path in a jurisdiction; a ground the pack does not
 * list for a path opens nothing there. Children raised are a separate fact ({@link Person#childrenRaised()}).
 */
@API(status = STABLE, since = "0.1")
public enum EarlyPensionGround {
    /** Dismissal for economic reasons (Tunisia, CNSS: "licenciement pour raisons économiques"). */
    ECONOMIC_DISMISSAL,
    /** Premature wear of the body, e.g. after arduous work (Tunisia, CNSS: "usure prématurée de l'organisme"). */
    PREMATURE_WEAR
}
