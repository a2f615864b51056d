package org.csx.gateway.registration;

/** The things a §605 notice of registration must say, in the order they are printed. */
enum NoticeElement {
    REGISTERED_ORDERS,
    /** §605(b)(1) */
    ENFORCEABLE_FROM_REGISTRATION,
    /** §605(b)(2); §707(b) for Convention orders */
    CONTEST_PERIOD,
    /** §605(b)(3) */
    FAILURE_TO_CONTEST,
    /** §605(b)(4) */
    ALLEGED_ARREARS,
    /** §605(c)(1), two or more orders */
    ALLEGED_CONTROLLING_ORDER,
    /** §605(c)(1), two or more orders */
    CONSOLIDATED_ARREARS,
    /** §605(c)(2)-(3), two or more orders */
    RIGHT_TO_DETERMINATION_OF_CONTROLLING_ORDER,
    /** §605(c)(4), two or more orders */
    FAILURE_MAY_CONFIRM_CONTROLLING_ORDER
}
